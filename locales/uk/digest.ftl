# Дайджест, сповіщення і /digest (src/domain/format/digest.ts).
# Другий рядок дайджесту: які новини в ньому.
digest-counts = Дайджест «Гаранта»: { $counts }
digest-count-members = { $n ->
    [one] { $n } новий учасник
    [few] { $n } нові учасники
   *[many] { $n } нових учасників
}
digest-count-agreements = { $n ->
    [one] { $n } підписана угода
    [few] { $n } підписані угоди
   *[many] { $n } підписаних угод
}
digest-count-ratifications = { $n ->
    [one] { $n } ратифікація
    [few] { $n } ратифікації
   *[many] { $n } ратифікацій
}
digest-count-renewals = { $n ->
    [one] { $n } продовження угоди
    [few] { $n } продовження угод
   *[many] { $n } продовжень угод
}
digest-count-pledges = { $n ->
    [one] { $n } зобов’язання
    [few] { $n } зобов’язання
   *[many] { $n } зобов’язань
}
digest-count-meetings = { $n ->
    [one] { $n } зустріч
    [few] { $n } зустрічі
   *[many] { $n } зустрічей
}
digest-count-news = { $n ->
    [one] { $n } інша новина
    [few] { $n } інші новини
   *[many] { $n } інших новин
}
# Заголовки розділів, від найважливішого.
digest-section-members = Нові учасники
digest-section-agreements = Підписані угоди
digest-section-ratifications = Ратифікації
digest-section-renewals = Продовження угод
digest-section-pledges = Зобов’язання
digest-section-meetings = Зустрічі
digest-section-news = Інші новини
# Хто: «Німеччина», «Німеччина і Франція», «Німеччина, Франція і Італія», «Німеччина, Франція та ще 3 партнери».
digest-who-list = { $first } і { $last }
digest-who-more = { $first } та ще { $n ->
    [one] { $n } партнер
    [few] { $n } партнери
   *[many] { $n } партнерів
}
# Що зробили ($g — рід або множина підмета: m, f, n, pl).
digest-did-joined = { $who } { $g ->
    [f] приєдналася
    [n] приєдналося
    [pl] приєдналися
   *[m] приєднався
} до { $framework }
digest-did-agreement = { $who } { $g ->
    [f] підписала
    [n] підписало
    [pl] підписали
   *[m] підписав
} безпекову угоду з Україною
digest-did-ratified = { $who } { $g ->
    [f] ратифікувала
    [n] ратифікувало
    [pl] ратифікували
   *[m] ратифікував
} безпекову угоду з Україною
digest-did-in-force = { $who }: безпекова угода з Україною набула чинності
digest-did-renewal = { $who } { $g ->
    [f] продовжила
    [n] продовжило
    [pl] продовжили
   *[m] продовжив
} безпекову угоду з Україною
digest-did-renewal-until = { $who } { $g ->
    [f] продовжила
    [n] продовжило
    [pl] продовжили
   *[m] продовжив
} безпекову угоду з Україною до { $until }
digest-did-pledge = { $who } { $g ->
    [f] пообіцяла
    [n] пообіцяло
    [pl] пообіцяли
   *[m] пообіцяв
} { $amount }
digest-did-pledge-years = { $who } { $g ->
    [f] пообіцяла
    [n] пообіцяло
    [pl] пообіцяли
   *[m] пообіцяв
} { $amount } на { $years } { $span ->
    [one] рік
   *[many] роки
}
digest-did-pledge-plain = { $who } { $g ->
    [f] взяла
    [n] взяло
    [pl] взяли
   *[m] взяв
} нове зобов’язання
# Рамки в родовому відмінку (після «приєдналася до»).
digest-framework-joint-declaration = Спільної декларації G7
digest-framework-ukraine-compact = Українського компакту
digest-framework-recovery-declaration = Декларації про відновлення
digest-framework-coalition-of-the-willing = коаліції охочих
digest-framework-generic = документа «{ $name }»
digest-partners = Партнери: { $list }
digest-source = джерело
digest-source-full = Джерело
digest-alert-footer = Сповіщення «Гаранта»
# Наприкінці щотижневого дайджесту.
digest-in-numbers = У цифрах: чинних безпекових угод — { $agreements } · нових зобов’язань за тиждень — { $pledges }
# Для підписників, які просили повідомляти, коли нічого нового.
digest-nothing-new-daily = Від учорашнього дайджесту нічого нового.
digest-nothing-new-weekly = Цього тижня нічого нового.
digest-preview-header = 👁 <b>Попередній перегляд</b> наступного дайджесту (нічого не позначено як надіслане):
digest-preview-empty = Від останнього дайджесту нічого нового. Напишу, щойно з’явиться.
digest-preview-paused = ⏸ <b>Підписку призупинено</b>: нічого не надсилатиму, доки ви її не відновите. Щоб відновити, відкрийте /settings і натисніть ▶️ Відновити.
