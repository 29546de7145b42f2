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

# Переліки, порівняння, документи й привітання (src/domain/questions/, issue 9)
ask-ratification-executive = Угода з партнером { $partner } (підписана { $date }) — виконавча угода: її не подавали на ратифікацію (у випадку США — до Конгресу), тож наступний уряд може з неї вийти.
ask-no-agreement-joined = { $partner }: приєднання до Спільної декларації — { $date }; двосторонньої безпекової угоди з Україною в даних немає.
ask-group-g7 = Країни G7
ask-group-eu = Держави — члени ЄС
ask-group-nato = Члени НАТО
ask-group-nb8 = Північно-балтійська вісімка
ask-group-nordic = Північні країни
ask-group-baltic = Країни Балтії
ask-group-europe = Європейські країни
ask-scope = Серед груп: { $scope }.
ask-filtered = { $scope }: { $count ->
    [one] підписано <b>{ $count }</b> двосторонню безпекову угоду
    [few] підписано <b>{ $count }</b> двосторонні безпекові угоди
   *[other] підписано <b>{ $count }</b> двосторонніх безпекових угод
}:
ask-filtered-none = { $scope }: двосторонніх безпекових угод у даних немає.
ask-filtered-related = { $count ->
    [one] { $count } з них пов'язана
    [few] { $count } з них пов'язані
   *[other] { $count } з них пов'язані
} зі Спільною декларацією G7, але поза її серією.
ask-signed-at = Підписано в місті { $place }: { $count ->
    [one] { $count } угода
    [few] { $count } угоди
   *[other] { $count } угод
}:
ask-pillar-list = Угоди, що охоплюють напрям «{ $pillar }», наскільки видно з джерел ({ $count }):
ask-pillar-list-none = Жодна угода в даних не охоплює напрям «{ $pillar }».
ask-not-signed = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
   *[other] { $count } учасників
} Спільної декларації G7 не мають двосторонньої безпекової угоди з Україною в даних:
ask-not-signed-none = Усі учасники Спільної декларації G7 мають двосторонні безпекові угоди з Україною.
ask-joined-on = приєднання { $date }
ask-supporters = Партнерів України в даних: { $count }. До Спільної декларації G7 приєдналися { $declared }, двосторонні безпекові угоди підписали { $signed }.
ask-supporter-declaration = декларація { $date }
ask-supporter-agreement = угода { $date }
ask-none = немає
ask-ratified-list = Ратифікація двосторонніх безпекових угод за даними:
ask-ratified-list-ratified = ратифіковано: { $list }
ask-ratified-list-pending = очікують ратифікації: { $list }
ask-ratified-list-not-required = ратифікація не потрібна: { $list }
ask-ratified-list-executive = виконавчі угоди, які не подавали на ратифікацію: { $list }
ask-ratified-list-unknown = щодо решти ({ $count }) джерела не повідомляють
ask-pledged-in-year = Зобов'язання, що охоплюють { $year } рік, є в даних { $count ->
    [one] в { $count } партнера
   *[other] у { $count } партнерів
}:
ask-pledged-in-year-none = Зобов'язань, що охоплюють { $year } рік, у даних немає.
ask-compare = Першим підписав угоду партнер { $first } — <b>{ $firstDate }</b>; { $second } — { $secondDate }.
ask-compare-same = { $a } і { $b } підписали угоди того самого дня — <b>{ $date }</b>.
ask-same-day = <b>{ $date }</b>, того ж дня, що й { $partner }, угоди { $count ->
    [one] підписав ще { $count } партнер
    [few] підписали ще { $count } партнери
   *[other] підписали ще { $count } партнерів
}:
ask-same-day-none = { $date }, того ж дня, що й { $partner }, інші партнери угод не підписували.
ask-largest = Найбільше окреме зобов'язання в кожній валюті (суми в різних валютах не порівнюємо):
ask-largest-currency = Найбільше окреме зобов'язання у валюті { $currency } за даними:
ask-largest-none = Зобов'язань із сумою в даних немає.
ask-count-currency = Зобов'язання у валюті { $currency } є в даних у <b>{ $count }</b> { $count ->
    [one] партнера
   *[other] партнерів
}: { $list }.
ask-document-framework = <b>{ $name }</b> (ухвалено { $date }): { $description } Учасників у даних: { $count }.
ask-document-hundred-year-partnership = Столітнє партнерство між Великою Британією та Україною
ask-document-paris-declaration = Паризька декларація
ask-document-event = <b>{ $name }</b> — { $date }: { $title }.
ask-russia = Росія — держава, що веде війну проти України, у відповідь на яку й дано ці зобов'язання; вона не є партнером, не приєдналася до жодного з цих форматів і не має угоди з Україною.
ask-greeting =
    Привіт! Я відповідаю на запитання про безпекові зобов'язання партнерів України. Наприклад:
    • <i>Коли Японія підписала угоду?</i>
    • <i>Хто ще не підписав угоду?</i>
ask-thanks =
    Будь ласка! Питайте ще, наприклад:
    • <i>Що пообіцяла Німеччина на 2024 рік?</i>
    • <i>Хто з G7 підписав останнім?</i>
ask-need-subject = Про якого партнера йдеться? Назвіть його в запитанні, наприклад: <i>Скільки пообіцяла Норвегія?</i>
ask-no-agreement-member = { $partner } { $gender ->
    [f] приєдналася
    [n] приєдналося
    [pl] приєдналися
   *[m] приєднався
} до Спільної декларації на підтримку України ({ $joined }), але двосторонньої безпекової угоди з Україною в наших даних немає (станом на { $asOf }).
ask-ratification-ratified-dated = Угоду з { $partnerIns } (підписану { $date }) ратифіковано <b>{ $on }</b>.
ask-ratification-in-force-dated = Угода з { $partnerIns } (підписана { $date }) набула чинності <b>{ $on }</b>.
ask-document-framework-partial = <b>{ $name }</b> (ухвалено { $date }): { $description }
