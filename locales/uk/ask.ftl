# Запитання звичайними словами (src/domain/questions.ts, src/domain/format/answers.ts, src/bot/features/ask.ts)

ask-source-word = джерело
ask-sources = { $count ->
    [one] Джерело: { $links }
   *[other] Джерела: { $links }
}
ask-sources-inline = Джерела: кожна дата вище — посилання на джерело.
ask-signed = Двосторонню безпекову угоду між Україною та { $partnerIns } підписано <b>{ $date }</b> (місце підписання: { $place }).
ask-signed-by-line = Підписали: { $signers }.
ask-title-line = Назва: <i>{ $title }</i>
ask-frameworks-line = Участь у форматах: { $list }.
ask-not-in-series = ⚠️ Ця угода пов’язана зі Спільною декларацією G7, але не належить до її серії двосторонніх безпекових угод: партнер не приєднався до декларації.
ask-related-short = пов’язана, поза серією декларації
ask-related-agreement = Водночас { $date } (місце підписання: { $place }) було підписано пов’язану двосторонню угоду з Україною, яку не зараховують до серії безпекових угод за декларацією.
ask-no-agreement = Двосторонньої безпекової угоди між Україною та { $partnerIns } у наших даних немає (станом на { $asOf }).
ask-signed-by = Угоду з { $partnerIns } підписали { $signers } — { $date } (місце підписання: { $place }).
ask-joined-yes = { $asked ->
    [when] {""}
   *[yes-no] Так:{" "}
}{ $partner } { $gender ->
    [f] приєдналася
    [n] приєдналося
    [pl] приєдналися
   *[m] приєднався
} до <i>{ $frameworkGen }</i> <b>{ $date }</b>.
}{ $partner } — учасник «{ $framework }» з <b>{ $date }</b>.
ask-joined-yes-undated = { $asked ->
    [when] {""}
   *[yes-no] Так:{" "}
}{ $partner } { $gender ->
    [f] приєдналася
    [n] приєдналося
    [pl] приєдналися
   *[m] приєднався
} до <i>{ $frameworkGen }</i> ({ $date }).
}{ $partner } — учасник «{ $framework }» ({ $date }).
ask-joined-no = Ні: у наших даних { $partner } не входить до учасників <i>{ $frameworkGen }</i>.
ask-frameworks = { $partner } { $gender ->
    [f] приєдналася
    [n] приєдналося
    [pl] приєдналися
   *[m] приєднався
} до таких форматів:
ask-frameworks-none = { $partner } не { $gender ->
    [f] приєдналася
    [n] приєдналося
    [pl] приєдналися
   *[m] приєднався
} до жодного з форматів, що є в наших даних.
ask-pledges = Зобов’язання { $partnerGen }:
ask-pledges-year = Зобов’язання { $partnerGen } на { $year } рік:
ask-pledges-none = У наших даних немає зобов’язань { $partnerGen }.
ask-pledges-none-year = У наших даних немає зобов’язань { $partnerGen } на { $year } рік.
ask-level-promised = обіцяно
ask-level-allocated = виділено
ask-level-delivered = надано
ask-duration = Угода з { $partnerIns } (підписана { $date }) діє <b>{ $years ->
    [one] { $years } рік
    [few] { $years } роки
   *[other] { $years } років
}</b>, до <b>{ $expires }</b>.
}</b>, до <b>{ $expires }</b>.
ask-duration-unknown = Строк дії угоди з { $partnerIns } (підписаної { $date }) джерела не підтверджують.
ask-ratification-not-required = Угода з { $partnerIns } (підписана { $date }) не потребує ратифікації.
ask-ratification-pending = За найновішим джерелом, яке ми маємо, угода з { $partnerIns } (підписана { $date }) ще очікувала ратифікації.
ask-ratification-ratified = Угоду з { $partnerIns } (підписану { $date }) ратифіковано.
ask-ratification-in-force = Угоду з { $partnerIns } (підписану { $date }) ратифіковано, і вона набула чинності.
ask-ratification-unknown = Наші джерела не повідомляють, чи ратифіковано угоду з { $partnerIns } (підписану { $date }).
ask-pillars = Угода з { $partnerIns } охоплює { $count ->
    [one] { $count } напрям
    [few] { $count } напрями
   *[other] { $count } напрямів
}:
}:
ask-covers-yes = Так: угода з { $partnerIns } охоплює напрям «{ $pillar }».
ask-covers-no = Ні: наскільки видно з джерел, угода з { $partnerIns } не охоплює напряму «{ $pillar }».
ask-non-partner = { $country } не входить до партнерів у наших даних (станом на { $date }): не належить до учасників <i>{ $frameworkGen }</i> і не має двосторонньої безпекової угоди з Україною.
ask-range = з { $from } по { $to }
ask-period = { $period }: угоди { $count ->
    [one] підписала { $count } країна
    [few] підписали { $count } країни
   *[other] підписали { $count } країн
}:
ask-period-none = За період «{ $period }» жодної угоди не підписано.
ask-count-agreements = Двосторонні безпекові угоди з Україною { $count ->
    [one] підписав <b>{ $count }</b> партнер
    [few] підписали <b>{ $count }</b> партнери
   *[other] підписали <b>{ $count }</b> партнерів
}, з них { $series } — у серії Спільної декларації G7.
ask-count-related = Пов’язані угоди поза серією: { $list }.
ask-count-members = «{ $framework }»: { $count ->
    [one] <b>{ $count }</b> учасник
    [few] <b>{ $count }</b> учасники
   *[other] <b>{ $count }</b> учасників
}.
ask-members = «{ $framework }» — { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
   *[other] { $count } учасників
}:
ask-first = { $count ->
    [one] Першу угоду підписано
   *[other] Перші угоди підписано
}: { $partners } — <b>{ $date }</b>, місце: { $place }.
ask-last = { $count ->
    [one] Найновішу угоду підписано
   *[other] Найновіші угоди підписано
}: { $partners } — <b>{ $date }</b>, місце: { $place }.
ask-unknown-country = Я не знаю партнера «{ $name }».{ $count ->
        [0] {" "}Усіх партнерів показує /country.
       *[other] {" "}Можливо, ви мали на увазі: { $suggestions }?
    }
ask-ambiguous-country = Кого саме ви маєте на увазі: { $candidates }? Запитайте, будь ласка, ще раз із повною назвою.
ask-help =
    Я не зрозумів запитання. Можна запитати, наприклад:
    • <i>Коли Японія підписала угоду?</i>
    • <i>Хто підписав угоди в червні 2024?</i>
    • <i>Що пообіцяла Німеччина на 2024 рік?</i>
    • <i>Чи приєдналася Угорщина до декларації?</i>
ask-about-ukraine =
    Ці зобов’язання партнери беруть перед Україною, тож Україна не «приєднується» і не «підписує» як партнер — це роблять її партнери. Запитайте про когось із них, наприклад:
    • <i>Коли Японія підписала угоду?</i>
    • <i>Чи входить Польща до Коаліції охочих?</i>
    /signatories — усі партнери.
ask-no-agreement-member = { $partner } { $gender ->
    [f] приєдналася
    [n] приєдналося
    [pl] приєдналися
   *[m] приєднався
} до Спільної декларації на підтримку України ({ $joined }), але двосторонньої безпекової угоди з Україною в наших даних немає (станом на { $asOf }).
ask-ratification-ratified-dated = Угоду з { $partnerIns } (підписану { $date }) ратифіковано <b>{ $on }</b>.
ask-ratification-in-force-dated = Угода з { $partnerIns } (підписана { $date }) набула чинності <b>{ $on }</b>.
