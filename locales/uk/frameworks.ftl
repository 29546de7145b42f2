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
# Де джерела називають лише частину учасників (membershipComplete false): ніколи не подаємо неповну кількість як повну.
frameworks-members-partial = Учасників, названих у наших джерелах: щонайменше { $count }; це не повний перелік. { $declared }
frameworks-declared-source = джерело
frameworks-low-confidence = { $count ->
    [one] Для { $count } учасника дата чи саме членство ненадійні.
   *[other] Для { $count } учасників дата чи саме членство ненадійні.
}
