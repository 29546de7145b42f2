# Запитання звичайними словами (src/domain/questions.ts, src/domain/format/answers.ts, src/bot/features/ask.ts)

ask-source-word = джерело
ask-sources = { $count ->
    [one] Джерело: { $links }
   *[other] Джерела: { $links }
}
ask-sources-inline = Джерела: кожна дата вище — посилання на джерело.
ask-signed = { $partner }: двосторонню безпекову угоду з Україною підписано <b>{ $date }</b>, місце: { $place }.
ask-signed-by-line = Підписали: { $signers }.
ask-title-line = Назва: <i>{ $title }</i>
ask-frameworks-line = Учасник: { $list }.
ask-not-in-series = ⚠️ Ця угода пов'язана зі Спільною декларацією G7, але не належить до її серії двосторонніх безпекових угод: партнер не приєднався до декларації.
ask-related-short = пов'язана, поза серією декларації
ask-related-agreement = Водночас { $date } ({ $place }) підписано пов'язану двосторонню угоду з Україною, яку не зараховують до серії безпекових угод за декларацією.
ask-no-agreement = У даних немає двосторонньої безпекової угоди України з партнером { $partner }.
ask-signed-by = Угоду з партнером { $partner } підписали: { $signers } — { $date }, місце: { $place }.
ask-joined-yes = { $asked ->
    [when] {""}
   *[yes-no] Так:{" "}
}{ $partner } — учасник «{ $framework }» з <b>{ $date }</b>.
ask-joined-yes-undated = { $asked ->
    [when] {""}
   *[yes-no] Так:{" "}
}{ $partner } — учасник «{ $framework }» ({ $date }).
ask-joined-no = Ні: { $partner } не є учасником «{ $framework }» за наявними даними.
ask-frameworks = { $partner } — учасник:
ask-frameworks-none = { $partner } не є учасником жодного з форматів, що є в даних.
ask-pledges = Зобов'язання партнера { $partner }:
ask-pledges-year = Зобов'язання партнера { $partner } на { $year } рік:
ask-pledges-none = У даних немає зобов'язань партнера { $partner }.
ask-pledges-none-year = У даних немає зобов'язань партнера { $partner } на { $year } рік.
ask-level-promised = обіцяно
ask-level-allocated = виділено
ask-level-delivered = надано
ask-duration = Угода з партнером { $partner } (підписана { $date }) діє <b>{ $years ->
    [one] { $years } рік
    [few] { $years } роки
   *[other] { $years } років
}</b>, до <b>{ $expires }</b>.
ask-duration-unknown = Строк дії угоди з партнером { $partner } (підписана { $date }) джерела не підтверджують.
ask-ratification-not-required = Угода з партнером { $partner } (підписана { $date }) не потребує ратифікації.
ask-ratification-pending = Угода з партнером { $partner } (підписана { $date }) очікує ратифікації.
ask-ratification-ratified = Угоду з партнером { $partner } (підписану { $date }) ратифіковано.
ask-ratification-in-force = Угоду з партнером { $partner } (підписану { $date }) ратифіковано, вона набула чинності.
ask-ratification-unknown = Джерела не повідомляють, чи ратифіковано угоду з партнером { $partner } (підписану { $date }); більшість таких угод набули чинності з моменту підписання.
ask-pillars = Угода з партнером { $partner } охоплює { $count ->
    [one] { $count } напрям
    [few] { $count } напрями
   *[other] { $count } напрямів
}:
ask-covers-yes = Так: угода з партнером { $partner } охоплює напрям «{ $pillar }».
ask-covers-no = Ні: угода з партнером { $partner } не охоплює напрям «{ $pillar }», наскільки видно з джерел.
ask-non-partner = { $country } не входить до партнерів у даних станом на { $date }: не є учасником «{ $framework }» і не має двосторонньої безпекової угоди з Україною.
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
ask-count-related = Пов'язані угоди поза серією: { $list }.
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
    Ці зобов'язання партнери беруть перед Україною, тож Україна не «приєднується» і не «підписує» як партнер — це роблять її партнери. Запитайте про когось із них, наприклад:
    • <i>Коли Японія підписала угоду?</i>
    • <i>Чи входить Польща до Коаліції охочих?</i>
    /signatories — усі партнери.
