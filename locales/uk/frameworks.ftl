# /frameworks — рамки та їхні учасники.

cmd-frameworks = Рамки та їхні учасники
frameworks-heading = { $count ->
    [one] { $count } рамка
    [few] { $count } рамки
   *[many] { $count } рамок
}
frameworks-members = { $count ->
    [one] { $count } учасник:
    [few] { $count } учасники:
   *[many] { $count } учасників:
}
frameworks-low-confidence = { $count ->
    [one] Для { $count } учасника дата чи саме членство ненадійні.
   *[other] Для { $count } учасників дата чи саме членство ненадійні.
}
