# /pillar — напрями підтримки.

pillar-list-heading = { $count ->
    [one] { $count } напрям підтримки
    [few] { $count } напрями підтримки
   *[many] { $count } напрямів підтримки
}
pillar-covered-by = { $count ->
    [one] охоплює угода { $count } партнера
    [few] охоплюють угоди { $count } партнерів
   *[many] охоплюють угоди { $count } партнерів
}
pillar-list-hint = Натисніть на напрям, щоб побачити, хто його охоплює, або надішліть, наприклад, <code>/pillar військова</code>.
pillar-partners-heading = { $count ->
    [one] Охоплює угода { $count } партнера
    [few] Охоплюють угоди { $count } партнерів
   *[many] Охоплюють угоди { $count } партнерів
}
pillar-no-partners = Жодна угода в наших даних поки не охоплює цей напрям.
pillar-pledges-heading = Основні внески за цим напрямом
pillar-no-pledges = У наших даних немає внесків, прив’язаних до цього напряму.
pillar-ambiguous = «{ $query }» може означати кілька напрямів. Який саме?
pillar-not-found = Я не знаю напряму з назвою «{ $query }».
pillar-not-found-suggest = Можливо, ви мали на увазі один із них?
pillar-not-found-hint = Надішліть /pillar без назви, щоб побачити всі напрями.
