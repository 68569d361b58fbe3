// The seven stages of the mentoring target model (ЦМН); a small pool for many reads.
export const STAGES = [
  [1, 'Условия', 'Подготовка условий для запуска программы'],
  [2, 'Наставляемые', 'Формирование базы наставляемых'],
  [3, 'Наставники', 'Формирование базы наставников'],
  [4, 'Обучение', 'Отбор и обучение наставников'],
  [5, 'Пары', 'Формирование наставнических пар/групп'],
  [6, 'Работа пар', 'Организация работы пар/групп'],
  [7, 'Завершение', 'Завершение наставничества'],
];

// Runs fn over items, at most `limit` at a time.
export async function pool(items, limit, fn) {
  const res = new Array(items.length);
  let i = 0;
  const worker = async () => { while (i < items.length) { const k = i++; res[k] = await fn(items[k]).catch(() => undefined); } };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return res;
}
