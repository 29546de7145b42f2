# /signatories (/countries) — хто приєднався до декларації і хто підписав угоду.

cmd-signatories = Хто приєднався і хто підписав
signatories-declaration-heading = { $count ->
    [one] До Спільної декларації G7 приєдналася { $count } країна чи організація
    [few] До Спільної декларації G7 приєдналися { $count } країни та організації
   *[many] До Спільної декларації G7 приєдналися { $count } країн та організацій
}
signatories-agreements-heading = { $count ->
    [one] За нею підписано { $count } двосторонню угоду
    [few] За нею підписано { $count } двосторонні угоди
   *[many] За нею підписано { $count } двосторонніх угод
}
signatories-related-heading = { $count ->
    [one] { $count } пов’язана угода поза серією
    [few] { $count } пов’язані угоди поза серією
   *[many] { $count } пов’язаних угод поза серією
}
signatories-no-agreement-heading = { $count ->
    [one] { $count } учасник поки не має двосторонньої угоди
    [few] { $count } учасники поки не мають двосторонньої угоди
   *[many] { $count } учасників поки не мають двосторонньої угоди
}
signatories-hint = Подробиці про партнера: /country і назва.
