# Зображення: /map, діаграми /timeline і /stats. Підписи — це альтернативний текст зображень.

cmd-map = Мапа безпекових партнерів України
picture-source = Джерело: база даних «Гаранта» (офіційні тексти й урядові сайти) · дані станом на { $date }
picture-show-chart = 📊 Діаграма
picture-show-text = 📄 Текстом
picture-failed = Вибачте, зараз не вдалося намалювати зображення. Ті самі факти є в текстовій відповіді.

map-title = Безпекові партнери України
map-subtitle-all = { $count ->
    [one] { $count } партнер: двосторонні безпекові угоди та формати
    [few] { $count } партнери: двосторонні безпекові угоди та формати
   *[many] { $count } партнерів: двосторонні безпекові угоди та формати
}
map-subtitle-coalition = Коаліція охочих: { $count ->
    [one] { $count } партнер
    [few] { $count } партнери
   *[many] { $count } партнерів
}
map-subtitle-compact = Компакт для України: { $count ->
    [one] { $count } партнер
    [few] { $count } партнери
   *[many] { $count } партнерів
}
map-subtitle-military = Угоди, що охоплюють військову підтримку: { $count ->
    [one] { $count } партнер
    [few] { $count } партнери
   *[many] { $count } партнерів
}
map-world = Світ
map-ukraine = Україна
map-legend-agreement = Безпекову угоду підписано: { $count }
map-legend-declaration = Спільна декларація, угоди ще немає: { $count }
map-legend-other = Лише інші формати: { $count }
map-legend-none-all = Не є партнером у базі
map-legend-none-filtered = Поза цією вибіркою
map-organisations = Не позначено на мапі: { $names }.
map-button-all = 🌍 Усі
map-button-coalition = Коаліція
map-button-compact = Компакт
map-button-military = Військова
map-unknown-filter = Я знаю такі мапи: /map, /map coalition, /map compact, /map military.
map-caption-all = Мапа безпекових партнерів України.
map-caption-coalition = Мапа Коаліції охочих.
map-caption-compact = Мапа учасників Компакту для України.
map-caption-military = Мапа партнерів, чиї угоди охоплюють військову підтримку.
map-caption-agreement = { $count ->
    [0] Жоден партнер не підписав двосторонньої безпекової угоди.
    [one] { $count } партнер підписав двосторонню безпекову угоду з Україною.
    [few] { $count } партнери підписали двосторонні безпекові угоди з Україною.
   *[many] { $count } партнерів підписали двосторонні безпекові угоди з Україною.
}
map-caption-declaration = { $count ->
    [0] { "" }
    [one] { $count } приєднався до Спільної декларації, але угоди ще не має: { $names }.
    [few] { $count } приєдналися до Спільної декларації, але угод ще не мають: { $names }.
   *[many] { $count } приєдналися до Спільної декларації, але угод ще не мають: { $names }.
}
map-caption-other = { $count ->
    [0] { "" }
    [one] { $count } бере участь лише в інших форматах: { $names }.
    [few] { $count } беруть участь лише в інших форматах: { $names }.
   *[many] { $count } беруть участь лише в інших форматах: { $names }.
}

timeline-chart-title = Угоди й приєднання до форматів, місяць за місяцем
timeline-chart-subtitle = { $agreements ->
    [one] підписано { $agreements } угоду
    [few] підписано { $agreements } угоди
   *[many] підписано { $agreements } угод
} · { $joins ->
    [one] { $joins } приєднання з відомою датою
    [few] { $joins } приєднання з відомою датою
   *[many] { $joins } приєднань із відомою датою
}
timeline-chart-agreements = Підписані угоди
timeline-chart-joins = Приєднання до форматів
timeline-chart-undated = { $count ->
    [one] { $count } приєднання без відомої дати не показано.
    [few] { $count } приєднання без відомої дати не показано.
   *[many] { $count } приєднань без відомої дати не показано.
}
timeline-caption = Діаграма підписаних угод і приєднань до форматів за місяцями (період: { $from } — { $to }): { $agreements ->
    [one] підписано { $agreements } двосторонню безпекову угоду
    [few] підписано { $agreements } двосторонні безпекові угоди
   *[many] підписано { $agreements } двосторонніх безпекових угод
}, партнери приєднувалися до форматів { $joins ->
    [one] { $joins } раз
    [few] { $joins } рази
   *[many] { $joins } разів
} (з відомими датами).
timeline-caption-busiest = Місяць із найбільшою кількістю угод — { $month }: { $count }.

stats-chart-title = Внески за партнерами й роками
stats-chart-subtitle = { $count ->
    [one] { $count } внесок із сумою
    [few] { $count } внески із сумою
   *[many] { $count } внесків із сумою
} · { $currencies ->
    [one] { $currencies } валюта, без перерахунку
    [few] { $currencies } валюти, кожна окремо, без перерахунку
   *[many] { $currencies } валют, кожна окремо, без перерахунку
}
stats-chart-panel = { $currency }: разом { $total }
stats-chart-by-partner = За партнерами
stats-chart-by-year = За роками (* одна сума на весь період)
stats-chart-empty = У базі ще немає внесків із сумою.
stats-chart-notes = Рівні: обіцяно, виділено, надано. Річна сума враховується в кожному році свого періоду. { $skipped ->
    [0] Жоден внесок не збігається з іншим.
    [one] { $skipped } внесок, що збігається з іншим, не враховано, як і в текстових підсумках.
    [few] { $skipped } внески, що збігаються з іншими, не враховано, як і в текстових підсумках.
   *[many] { $skipped } внесків, що збігаються з іншими, не враховано, як і в текстових підсумках.
} { $other ->
    [0] { "" }
    [one] { $other } внесок без суми не показано.
    [few] { $other } внески без суми не показано.
   *[many] { $other } внесків без суми не показано.
}
stats-caption = Діаграма внесків за партнерами й роками, суми не перераховано між валютами.
stats-caption-panel = { $currency }: разом { $total } (найбільше — { $partner }, { $amount }).
stats-caption-notes = { $skipped ->
    [0] { "" }
    [one] { $skipped } внесок, що збігається з іншим, до підсумків не враховано.
    [few] { $skipped } внески, що збігаються з іншими, до підсумків не враховано.
   *[many] { $skipped } внесків, що збігаються з іншими, до підсумків не враховано.
}
