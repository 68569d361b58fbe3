#pragma once
// Problem details in Russian for people (Accept-Language: ru). The code raises errors in
// English (machines read `type` and the codes, which never change); api/http/problem.cpp turns
// the English `title`, `detail` and each error's `message` into Russian here, in one place,
// by a catalogue of the English sentences the code produces: a sentence's dynamic parts
// (numbers, dates, field names, codes) are kept, and parts that are words themselves
// («The roadmap», «draft») are translated too.
#include <optional>
#include <string>
#include <string_view>

namespace api {

enum class Language { en, ru };

// The language of a problem for an Accept-Language header (RFC 9110 §12.5.4): Russian
// when a "ru" range (ru, ru-RU, …) has a positive q-value and is preferred over every
// "en" range, or no "en" range is named; English otherwise (the default for machines).
Language problem_language(std::optional<std::string_view> accept_language);

// The Russian title of a status.
std::string title_ru(int status);
// A sentence of the catalogue in Russian; nullopt when the catalogue has no entry for it.
std::optional<std::string> translate_ru(const std::string& english);
// A detail or a field message in Russian, never English: the catalogue's sentence, or
// a general Russian sentence for the status (a detail) or for a field (a message) when
// the catalogue has none (logged, so that the catalogue can be completed).
std::string detail_ru(int status, const std::string& english);
std::string message_ru(const std::string& english);

}  // namespace api
