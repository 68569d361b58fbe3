#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from the
project's seed documents (data/seeds/) and from inputs the tests use. Run it again after
changing it; libFuzzer adds nothing here by itself (`make fuzz` writes new inputs to
build-fuzz/corpus/<target>/, which starts from these)."""
import hashlib, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")
SEEDS = sorted(os.path.join(ROOT, "data", "seeds", f) for f in os.listdir(os.path.join(ROOT, "data", "seeds")))


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)


def seed_lines():
    for s in SEEDS:
        with open(s, encoding="utf-8") as f:
            yield s, f.read().split("\n")


# ---- deadline: 5 bytes of period and modes (2024-09-01, 368 days), then a seed deadline cell
deadlines = set()
for _, lines in seed_lines():
    for line in lines:
        cells = line.split("\t")
        for c in cells[1:]:
            c = c.strip()
            if re.search(r"(20\d\d|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|квартал|течение|раз в|ежемесячно|постоянно)", c, re.I) and len(c) < 200:
                deadlines.add(c)
for i, d in enumerate(sorted(deadlines)[:40]):
    put("deadline_fuzzer", bytes([34, 8, 0, 46, i % 4]) + d.encode())

# ---- import: byte 0 (0 TSV, 1 CSV), then a document: whole seeds and their first tables
for s, lines in seed_lines():
    put("import_fuzzer", b"\0" + "\n".join(lines).encode())
    put("import_fuzzer", b"\0" + "\n".join(lines[:30]).encode())
    # the same rows as CSV (semicolon, quoted)
    csv = "\r\n".join(";".join('"' + c.replace('"', '""') + '"' for c in l.split("\t")) for l in lines[:40])
    put("import_fuzzer", b"\1" + csv.encode())
put("import_fuzzer", b"\1" + "\ufeff\"Дорожная карта школы № 5\";;;\r\n№ п/п;Наименование мероприятия;Срок реализации;Ответственный\r\n\"I. Подготовка условий для запуска программы\";;;\r\n1.1;\"Издать приказ \"\"О наставничестве\"\"\r\nи положение\";Сентябрь 2024;Директор\r\n;\"и разместить на сайте\";;\r\n".encode())
put("import_fuzzer", b"\1" + "Мероприятие,Сроки,Ответственные,Показатели эффективности,Примечание\n\"Встреча, знакомство\",Май 2025,Куратор,\"охват 70%\",онлайн\nАнкетирование,,,,\n".encode())
put("import_fuzzer", b"\0" + "№\tНаименование этапа\tМероприятия\tРекомендуемые документы\n1\tПодготовка условий\t<ul><li>приказ</li><li>положение</li></ul>\tПриказ\n".encode())
put("import_fuzzer", b"\0" + "№\tМероприятие\tСроки\n<b>1. Нормативно</b>\t\t\n1.1\tВстреча&nbsp;&amp; беседа<br>итоги\tМай\n\tи отчёт\t\n".encode())

# ---- JSON bodies: byte 0 the reader, byte 1 the Content-Type, then the body
bodies = {
    0: [{"name": "x", "n": 5, "list": ["a"], "flag": True, "obj": {}, "arr": [], "id": "1", "ignored": 1}],
    1: [{"name": "МБОУ СОШ № 1", "short_name": "СОШ 1", "inn": "4321000000", "kind": "school"}],
    2: [{"login": "coordinator", "password": "correct horse", "full_name": "Иванова И.И.", "role": "district_coordinator"}],
    3: [{"number": "1.1", "title": "Издать приказ", "deadline_text": "сентябрь 2024", "responsible": "Директор", "stage": 1}],
    4: [{"number": "I.", "title": "Подготовка условий", "items": [{"number": "1.1", "title": "Приказ"}]}],
    5: [{"period": {"start": "2024-09-01", "end": "2025-08-31"}, "title": "Дорожная карта"}],
    6: [{"full_name": "Петров Пётр", "category": "student", "birth_year": 2010, "external_id": "A-1"}],
    7: [{"full_name": "Петров П.", "birth_year": None}],
    8: [{"name": "Программа", "form": "student_student", "start": "2024-09-01"}],
    9: [{"name": "Программа 2"}],
    10: [{"mentor_id": "0b7c6f4e-3f1a-4c2b-9d5e-8a1b2c3d4e5f", "mentee_id": "1b7c6f4e-3f1a-4c2b-9d5e-8a1b2c3d4e5f"}],
    11: [{"status": "finished"}],
    12: [{"name": "Мониторинг 2024", "period": {"start": "2024-01-01", "end": "2024-12-31"}, "indicators": ["mentors_total"]}],
    13: [{"name": "Мониторинг"}],
    14: [{"values": {"mentors_total": 12, "has_program": True, "comment": "текст", "x": "not_applicable", "y": None}}],
    15: [{"items": [{"full_name": "Сидоров С.", "category": "teacher"}, {"full_name": "Кузнецова К.", "category": "student"}]}],
}
for which, docs in bodies.items():
    for d in docs:
        put("json_body_fuzzer", bytes([which, which % 3]) + json.dumps(d, ensure_ascii=False).encode())
for raw in ['{"a":1,"a":2}', '{"full_name":[[[[[[[[[[1]]]]]]]]]]}', '{"password":1e400}', '{"x":-1e309}', '[1,2]',
            '{"s":"\\ud800"}', '{"n":12345678901234567890}', '{"t":"a\\u0000b"}', '\xef\xbb\xbf{}', '{"v":1.5e3}']:
    put("json_body_fuzzer", bytes([0, 0]) + raw.encode("utf-8", "surrogatepass"))
put("json_body_fuzzer", bytes([2, 4]) + b'{"login":"x"}')
put("json_body_fuzzer", bytes([2, 5]) + b'{"login":"x"}')

# ---- cursors
put("cursor_fuzzer", "")
for c in ["MjAyNC0wOS0wMR8wYjdjNmY0ZS0zZjFhLTRjMmItOWQ1ZS04YTFiMmMzZDRlNWY", "IzEyMzQ1", "Iw", "not a cursor", "____",
          "0L_QtdGC0YDQvtCyHzBiN2M2ZjRlLTNmMWEtNGMyYi05ZDVlLThhMWIyYzNkNGU1Zg"]:
    put("cursor_fuzzer", c)
import base64
for key in ["Иванов", "2024-09-01", "", "a\x1fb"]:
    raw = key.encode() + b"\x1f" + b"0b7c6f4e-3f1a-4c2b-9d5e-8a1b2c3d4e5f"
    put("cursor_fuzzer", base64.urlsafe_b64encode(raw).rstrip(b"="))
put("cursor_fuzzer", base64.urlsafe_b64encode(b"#98765").rstrip(b"="))

# ---- headers: byte 0 (0 If-Match, 1 Idempotency-Key \0 body, 2 bearer credential)
for v in ['"3"', 'W/"7"', "*", '"-1"', '"99999999999"', '""', '"1', "3", ' "12" ']:
    put("headers_fuzzer", b"\0" + v.encode())
for v in ["0b7c6f4e-3f1a-4c2b-9d5e-8a1b2c3d4e5f\0{\"a\":1}", "key with space\0{}", " trimmed \0", "é\0", "x" * 256 + "\0{}",
          "k\0{\"a\":1,\"a\":2}", "k\0[[[[[[[[]]]]]]]]"]:
    put("headers_fuzzer", b"\1" + v.encode())
for v in ["nst_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "nsk_abcd1234_SECRETSECRETSECRETSECRETSECRETSE", "nsk_abcd1234_wrong",
          "nsk_", "nsk__", "nst_", "Basic dXNlcjpwYXNz", "nsk_abcd1234", "nsk_" + "a" * 200]:
    put("headers_fuzzer", b"\2" + v.encode())

# ---- query strings
for q in ["limit=20&cursor=IzEyMzQ1", "limit=0", "limit=201", "limit=abc", "limit=%32%30", "as_of=2024-09-01",
          "known_at=2024-09-01T10:00:00Z&as_of=2024-09-01", "known_at=2024-09-01T10:00:00.123456%2B03:00",
          "q=%D0%98%D0%B2%D0%B0%D0%BD&next=x", "colour=red", "colour=blue", "a=1&a=2&b", "=x&&&", "%zz=%", "period=2024-02-30",
          "title=%E2%82%AC+%2B", "known_at=0000-01-01T00:00:00Z", "overdue_as_of=9999-12-31", "as_of=%FF"]:
    put("query_fuzzer", q)

# ---- raw HTTP requests
reqs = [
    "GET /livez HTTP/1.1\r\nHost: x\r\n\r\n",
    "GET /api/v1/districts/0b7c6f4e-3f1a-4c2b-9d5e-8a1b2c3d4e5f/organizations?limit=2&cursor=IzEy HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nst_x\r\n\r\n",
    "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 36\r\n\r\n{\"login\":\"a\",\"password\":\"b\"}       ",
    "PUT /api/v1/districts/d%2Fx/organizations/%D0%B9 HTTP/1.1\r\nHost: x\r\nIf-Match: \"1\"\r\nContent-Length: 2\r\n\r\n{}",
    "POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
    "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\n",
    "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n",
    "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n0\r\n\r\n",
    "DELETE /api/v1/districts HTTP/1.1\r\n\r\n",
    "OPTIONS /api/v1/auth/login HTTP/1.1\r\nOrigin: http://a\r\nAccess-Control-Request-Method: POST\r\n\r\n",
    "GET /livez HTTP/1.0\r\nConnection: close\r\n\r\nGET /readyz HTTP/1.1\r\n\r\n",
    "GET /%ff%fe HTTP/1.1\r\n\r\n",
    "HEAD /metrics HTTP/1.1\r\nAuthorization: Bearer t\r\n\r\n",
    "GARBAGE\r\n\r\n",
]
for r in reqs:
    put("http_request_fuzzer", r)
print("corpora written under", OUT)
