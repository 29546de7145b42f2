# /country — картка партнера і перелік партнерів.

country-frameworks-heading = Приєднання до рамок
country-no-frameworks = Приєднань до рамок, які ми відстежуємо, немає.
country-agreement-heading = Двостороння угода
country-no-agreement = Двосторонньої безпекової угоди з Україною в наших даних немає (станом на { $asOf }).
country-title-descriptive = (описова назва; офіційного формулювання не знайдено)
country-signed = Підписано { $date }, { $place }
country-signed-by = Підписали: { $names }
country-duration-until = Строк дії: { $years ->
    [one] { $years } рік
    [few] { $years } роки
   *[many] { $years } років
}, до { $date }
country-duration = Строк дії: { $years ->
    [one] { $years } рік
    [few] { $years } роки
   *[many] { $years } років
}
country-duration-unknown = Строк дії: не підтверджено
country-ratification = Ратифікація: { $status }
ratification-not-required = не потрібна
ratification-pending = очікується
ratification-ratified = ратифіковано
ratification-in-force = угода набула чинності
ratification-unknown = невідомо
country-in-series = Належить до серії двосторонніх угод за Спільною декларацією G7.
country-related-series = Пов’язана із серією угод за Спільною декларацією G7, але не належить до неї.
country-pillars = Напрями: { $pillars }
country-low-confidence = Деякі відомості про цю угоду ненадійні: джерела розходяться або неповні.
country-source = Джерело: { $link }
country-pledges-heading = Внески та зобов’язання
country-milestones-heading = Останні події
country-summary-agreement = Угоду підписано { $date }
country-summary-related = Пов’язану угоду підписано { $date }
country-summary-declaration-only = Приєднання до Декларації G7: { $date }; двосторонньої угоди немає
country-summary-none = Двосторонньої угоди немає
country-list-heading = { $count ->
    [one] { $count } партнер
    [few] { $count } партнери
   *[many] { $count } партнерів
}
country-list-agreement = { $count ->
    [one] { $count } підписав угоду за декларацією
    [few] { $count } підписали угоду за декларацією
   *[many] { $count } підписали угоду за декларацією
}
country-list-declaration = { $count ->
    [one] { $count } лише приєднався до декларації
    [few] { $count } лише приєдналися до декларації
   *[many] { $count } лише приєдналися до декларації
}
country-list-related = { $count ->
    [one] { $count } пов’язаний (угода поза серією)
    [few] { $count } пов’язані (угода поза серією)
   *[many] { $count } пов’язаних (угода поза серією)
}
country-list-hint = Натисніть на партнера, щоб відкрити картку, або надішліть, наприклад, <code>/country Німеччина</code>.
country-ambiguous = «{ $query }» може означати кількох партнерів. Кого саме?
country-not-found = Я не знаю партнера з назвою «{ $query }».
country-not-found-suggest = Можливо, ви мали на увазі когось із них?
country-not-found-hint = Надішліть /country без назви, щоб побачити всіх партнерів.
country-non-partner = { $name } не входить до партнерів у наших даних (станом на { $date }): не є учасником Спільної декларації і не має зафіксованої двосторонньої безпекової угоди з Україною.
country-ukraine = 🇺🇦 Україна — сторона, яка отримує ці зобов’язання, а не партнер. Хто їх узяв, показує /signatories, а картку партнера відкриє, наприклад, <code>/country Німеччина</code>.
country-button-list = 📋 Усі партнери
country-button-subscribe = 🔔 Підписатися на новини про цього партнера
country-button-back = ◀️ Назад до списку
