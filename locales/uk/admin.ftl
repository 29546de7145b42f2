# Команди адміністраторів (src/bot/features/admin/*). en/admin.ftl має ті самі ключі.

## Доступ
admin-refused = ⛔ Ця команда лише для адміністраторів.
admin-refused-owner = ⛔ Це може зробити лише власник.

## Меню команд (лише для адміністраторів)
cmd-adminhelp = Команди адміністратора та синтаксис
cmd-newevent = Додати подію крок за кроком
cmd-addevent = Додати подію одним рядком
cmd-editevent = Змінити подію
cmd-addpartner = Додати чи змінити партнера
cmd-join = Записати приєднання партнера
cmd-addagreement = Записати угоду
cmd-addpledge = Записати зобов’язання
cmd-delete = Видалити (з можливістю відновити)
cmd-restore = Відновити видалене
cmd-audit = Останні зміни
cmd-undo = Скасувати мою останню зміну
cmd-import = Масовий імпорт із файлу
cmd-export = Завантажити всі дані
cmd-admins = Хто адміністратори
cmd-grant = Зробити редактором
cmd-revoke = Забрати права редактора
cmd-announce = Оголошення для всіх підписників

## Перевірка
admin-invalid = { $count ->
    [one] ❌ Є { $count } проблема:
    [few] ❌ Є { $count } проблеми:
   *[other] ❌ Є { $count } проблем:
}
admin-nothing-saved = Нічого не збережено. Виправте й надішліть знову.
admin-example = Приклад: <code>{ $example }</code>
admin-error-line = Рядок { $line } (<code>{ $field }</code>)
admin-errors-more = …і ще { $count }.
admin-err-required = обов’язкове поле, його немає або воно порожнє
admin-err-date-format = очікую дату у форматі РРРР-ММ-ДД або дд.мм.рррр
admin-err-date-invalid = такої дати в календарі немає
admin-err-unknown-partner = невідомий партнер «{ $value }» (вкажіть код, як-от DE, або назву; нових додає /addpartner)
admin-err-ambiguous-partner = «{ $value }» підходить кільком партнерам; вкажіть двобуквений код
admin-err-unknown-kind = немає серед дозволених значень
admin-err-unknown-framework = невідома рамка «{ $value }»
admin-err-unknown-pillar = невідомий напрям «{ $value }»
admin-err-unknown-field = «{ $value }» тут змінити не можна
admin-err-url = очікую вебадресу, що починається з https://
admin-err-too-long = задовго (не більше { $max } символів)
admin-err-markup = лише звичайний текст: без HTML-тегів і сутностей (форматування додає бот)
admin-err-code = очікую двобуквений код (ISO 3166-1), наприклад DE
admin-err-partner-kind = очікую «country» (країна) або «organisation» (організація)
admin-err-number = очікую ціле число років (1–99) або «-», а не «{ $value }»
admin-err-amount = очікую суму з валютою, наприклад 7.1bn EUR, або «-», а не «{ $value }»
admin-err-years = очікую рік або проміжок, наприклад 2024 чи 2024-2027, а не «{ $value }»
admin-err-parts = неправильна кількість полів, розділених | (потрібно щонайменше: { $value })
admin-err-columns = бракує: { $value }
admin-err-until-before = має бути пізніше за дату ({ $value })
admin-err-json = файл не є коректним JSON (стовпчик { $value }); експортуйте його знову або перевірте валідатором JSON
admin-err-overview-csv = це оглядовий CSV з /export, його не можна імпортувати. Щоб імпортувати дані знову, надішліть guarantor-data.json з того самого експорту; імпорт CSV приймає лише події зі стовпчиками { $value }
admin-err-id = такого запису немає: «{ $value }»

## Назви полів
admin-field-date = Дата
admin-field-occurred-on = Дата
admin-field-signed-on = Дата підписання
admin-field-joined-on = Дата приєднання
admin-field-kind = Тип
admin-field-partners = Партнери
admin-field-partner = Партнер
admin-field-title-en = Заголовок (англійською)
admin-field-title-uk = Заголовок (українською)
admin-field-body-en = Текст (англійською)
admin-field-body-uk = Текст (українською)
admin-field-source-url = Посилання на джерело
admin-field-code = Код
admin-field-kind-partner = Тип партнера
admin-field-name-en = Назва (англійською)
admin-field-name-uk = Назва (українською)
admin-field-aliases-en = Інші назви (англійською)
admin-field-aliases-uk = Інші назви (українською)
admin-field-framework = Рамка
admin-field-place-en = Місце (англійською)
admin-field-place-uk = Місце (українською)
admin-field-signed-by-en = Хто підписав (англійською)
admin-field-signed-by-uk = Хто підписав (українською)
admin-field-duration-years = Строк у роках
admin-field-pillars = Напрями
admin-field-amount = Сума
admin-field-years = Роки
admin-field-text-en = Текст (англійською)
admin-field-text-uk = Текст (українською)
admin-field-id = Номер
admin-field-field = Поле
admin-field-line = Рядок команди
admin-field-entity = Що саме
admin-field-file = Файл
admin-field-header = Рядок заголовків

## Попередній перегляд і публікація
admin-preview-title = 👁 <b>Попередній перегляд</b> — саме так це побачать підписники:
admin-btn-publish = ✅ Опублікувати
admin-btn-urgent = ⚡ Опублікувати терміново
admin-btn-cancel = ✖️ Скасувати
admin-btn-apply = ✅ Застосувати
admin-btn-skip = Пропустити
admin-cancelled = Скасовано. Нічого не збережено.
admin-not-your-preview = Цей перегляд належить іншому адміністраторові.
admin-preview-expired = Цей перегляд застарів або вже використаний. Надішліть команду ще раз.
admin-published = ✅ Опубліковано як подію №{ $id }. Вона потрапить до наступного дайджесту.
admin-updated = ✅ Подію №{ $id } змінено.
admin-urgent-sent = ⚡ Щойно надіслано { $count ->
    [one] { $count } миттєвому підписникові
   *[other] { $count } миттєвим підписникам
}.
admin-error-exists = Це вже записано. Скористайтеся /delete і додайте знову або /undo.
admin-error-not-found = Такого запису немає.
admin-error-nothing-to-undo = У вас немає змін, які можна скасувати.
admin-error-no-agreement = Цей партнер ще не має угоди.

## Партнери
admin-partner-kind-country = країна
admin-partner-kind-organisation = організація
admin-partner-preview-new = 👁 <b>Новий партнер</b> { $code } ({ $kind })
    English: { $nameEn } · інші назви: { $aliasesEn }
    Українська: { $nameUk } · інші назви: { $aliasesUk }
admin-partner-preview-edit = 👁 <b>Зміна партнера</b> { $code } ({ $kind })
    English: { $nameEn } · інші назви: { $aliasesEn }
    Українська: { $nameUk } · інші назви: { $aliasesUk }
admin-partner-created = ✅ Партнера { $code } додано.
admin-partner-updated = ✅ Партнера { $code } змінено.

## Події, утворені з фактів
admin-auto-join = { $partner } — новий учасник документа «{ $framework }»
admin-auto-agreement = { $partner }: підписано двосторонню безпекову угоду з Україною
admin-auto-agreement-body = Підписано: { $place }; підписали: { $signedBy }. Строк: { $duration }. Напрями: { $pillars }.
admin-auto-years = { $years ->
    [one] { $years } рік
    [few] { $years } роки
   *[other] { $years } років
}
admin-auto-pledge = { $partner }: нове зобов’язання — { $amount }
## Видалення, відновлення
admin-deleted = 🗑 Видалено: { $entity } { $id }. Повернути: /restore { $entity } { $id } або /undo.
admin-delete-none = Немає запису { $entity } { $id }, який можна видалити (або його вже видалено).
admin-restored = ♻️ Відновлено: { $entity } { $id }.
admin-restore-none = Немає видаленого запису { $entity } { $id }, який можна відновити.

## Ролі
admin-granted = ✅ Користувач { $id } тепер редактор.
admin-grant-already = Користувач { $id } уже редактор.
admin-grant-owner = Користувач { $id } уже власник (з ADMIN_IDS).
admin-revoked = ✅ Користувач { $id } більше не редактор.
admin-revoke-none = Користувач { $id } не є редактором.
admin-role-owner = власник
admin-role-editor = редактор
admin-admins-title = <b>Адміністратори</b>
admin-admins-no-editors = Редакторів ще немає. Власники додають їх командою /grant.

## Журнал і скасування
admin-audit-title = <b>Останні зміни</b> ({ $count }):
admin-audit-empty = Змін ще не записано.
admin-audit-undone = (скасовано)
admin-undone = { $count ->
    [one] ↩️ Скасовано одну зміну:
    [few] ↩️ Скасовано { $count } зміни, зроблені разом:
   *[other] ↩️ Скасовано { $count } змін, зроблених разом:
}

## Експорт та імпорт
export-caption-json = Усі дані (станом на { $date }) із джерелом для кожного факту. Відкриті дані: використовуйте вільно.
export-caption-csv = Ті самі факти таблицею: один рядок на факт, із джерелом.
admin-import-dry-run = 🔎 <b>Пробний прогін</b> — нічого не збережено, доки ви не натиснете «Застосувати»:
admin-import-applied = ✅ <b>Імпорт застосовано:</b>
admin-import-added = { $what }: додати { $count }
admin-import-changed = { $what }: змінити { $count }
admin-import-unchanged = без змін: { $count }
admin-import-nothing = Нічого нового: усе це вже є в базі.
admin-import-partners = партнери
admin-import-memberships = членство
admin-import-agreements = угоди
admin-import-pledges = зобов’язання
admin-import-events = події
admin-import-too-big = Файл завеликий (не більше { $max }).
admin-import-download-failed = Не вдалося завантажити файл. Надішліть його ще раз.

## Оголошення
admin-announce-preview = 📣 <b>Попередній перегляд оголошення</b> — його отримають { $count ->
    [one] { $count } чат
    [few] { $count } чати
   *[other] { $count } чатів
}, кожен своєю мовою:
admin-announce-sent = 📣 Оголошення поставлено в чергу для { $count ->
    [one] { $count } чату
   *[other] { $count } чатів
}.

## Покроковий діалог (/newevent)
admin-ask-event-date = Коли це сталося? Надішліть дату: <code>2026-03-01</code> або <code>01.03.2026</code>.
admin-ask-event-kind = Що це за подія?
admin-ask-event-partners = Які партнери? Коди чи назви через кому (<code>DE, FR</code>) або «Пропустити».
admin-ask-event-title-en = Заголовок англійською:
admin-ask-event-title-uk = Заголовок українською:
admin-ask-event-body-en = Короткий текст англійською (або «Пропустити»):
admin-ask-event-body-uk = Той самий текст українською:
admin-wizard-try-again = Надішліть цю відповідь ще раз.
admin-wizard-busy = Ми саме додаємо подію: дайте відповідь на запитання вище або /cancel.
admin-wizard-text-please = Відповідайте, будь ласка, текстом або /cancel.
admin-wizard-cancelled = Скасовано. Нічого не збережено.
admin-wizard-nothing = Немає чого скасовувати.

## Звіти про помилки в чат адміністраторів
error-report = ⚠️ <b>Guarantor: помилка</b>
    <code>{ $signature }</code>
    { $detail }
    Схожих помилок від попереднього звіту не надіслано: { $suppressed }

## Синтаксис і довідка
admin-usage-addevent = <b>/addevent</b> ДАТА | ТИП | ПАРТНЕРИ | ЗАГОЛОВОК EN | ЗАГОЛОВОК UK | ДЖЕРЕЛО [| ТЕКСТ EN | ТЕКСТ UK]
    <code>/addevent 2026-03-01 | ratification | DE | Germany ratifies the agreement | Німеччина ратифікувала угоду | https://example.org/news</code>
    Або крок за кроком: /newevent
admin-usage-editevent = <b>/editevent</b> НОМЕР | ПОЛЕ | НОВЕ ЗНАЧЕННЯ — поля: date, kind, partners, titleEn, titleUk, bodyEn, bodyUk, sourceUrl
    <code>/editevent 42 | titleUk | Німеччина ратифікувала безпекову угоду</code>
admin-usage-addpartner = <b>/addpartner</b> КОД | country або organisation | НАЗВА EN | НАЗВА UK [| ІНШІ НАЗВИ EN; … | ІНШІ НАЗВИ UK; …]
    <code>/addpartner MT | country | Malta | Мальта | Republic of Malta | Республіка Мальта</code>
    Наявний код змінює цього партнера.
admin-usage-join = <b>/join</b> ПАРТНЕР | РАМКА | ДАТА | ДЖЕРЕЛО — рамки: joint-declaration, ukraine-compact, recovery-declaration, coalition-of-the-willing
    <code>/join MT | joint-declaration | 2026-03-01 | https://example.org/news</code>
admin-usage-addagreement = <b>/addagreement</b> ПАРТНЕР | ДАТА | МІСЦЕ EN | МІСЦЕ UK | ХТО ПІДПИСАВ EN | ХТО ПІДПИСАВ UK | РОКИ | НАПРЯМИ | ДЖЕРЕЛО [| НАЗВА EN | НАЗВА UK]
    <code>/addagreement MT | 2026-03-01 | Valletta | Валлетта | Robert Abela and Volodymyr Zelenskyy | Роберт Абела і Володимир Зеленський | 10 | military, financial | https://example.org/news</code>
admin-usage-addpledge = <b>/addpledge</b> ПАРТНЕР | СУМА ВАЛЮТА | РОКИ | ТЕКСТ EN | ТЕКСТ UK | ДЖЕРЕЛО [| ДАТА]
    ДАТА — день, коли взято зобов’язання (<code>2026-03-01</code> або <code>01.03.2026</code>); якщо її не вказати, буде сьогоднішня. Її показують дайджести.
    <code>/addpledge DE | 1.5bn EUR | 2026 | Air defence for 2026 | ППО на 2026 рік | https://example.org/news | 2026-02-14</code>
admin-usage-delete = <b>/delete</b> event|partner|agreement|pledge|membership НОМЕР — наприклад <code>/delete event 42</code>. Нічого не втрачається: /restore повертає.
admin-usage-restore = <b>/restore</b> event|partner|agreement|pledge|membership НОМЕР — наприклад <code>/restore event 42</code>
admin-usage-grant = <b>/grant</b> ID КОРИСТУВАЧА — або дайте відповідь /grant на повідомлення цієї людини.
admin-usage-revoke = <b>/revoke</b> ID КОРИСТУВАЧА — або дайте відповідь /revoke на повідомлення цієї людини.
admin-usage-import = <b>Імпорт:</b> надішліть мені файл.
    • <b>JSON</b> у форматі /export (або лише деякі його масиви: partners, memberships, agreements, events).
    • <b>CSV</b> із подіями та рядком заголовків: <code>date,kind,partners,title_en,title_uk,source_url,body_en,body_uk</code> (партнери через ;).
    Я перевірю кожен рядок і покажу, що зміниться; нічого не збережеться, доки ви не натиснете «Застосувати».
admin-usage-announce = <b>/announce</b> ТЕКСТ EN | ТЕКСТ UK — перед надсиланням ви побачите попередній перегляд і кількість отримувачів.
admin-help = <b>Команди адміністратора</b>
    Поля розділяються знаком <code>|</code>. Дати: <code>2026-03-01</code> або <code>01.03.2026</code>. Партнери: коди чи назви (<code>DE, Франція</code>), <code>-</code> — жодного. Кожна зміна спершу показується для перегляду й записується до журналу.

    /new — покрокові діалоги з кнопками (подія, партнер, приєднання, угода, ратифікація, зобов’язання); /cancel на будь-якому кроці
    /newevent — додати подію крок за кроком
    /addevent ДАТА | ТИП | ПАРТНЕРИ | ЗАГОЛОВОК EN | ЗАГОЛОВОК UK | ДЖЕРЕЛО [| ТЕКСТ EN | ТЕКСТ UK]
    <code>/addevent 01.03.2026 | ratification | DE | Germany ratifies the agreement | Німеччина ратифікувала угоду | https://example.org/a</code>
    /editevent НОМЕР | ПОЛЕ | ЗНАЧЕННЯ
    /addpartner КОД | country/organisation | НАЗВА EN | НАЗВА UK [| ІНШІ НАЗВИ EN | ІНШІ НАЗВИ UK]
    /join ПАРТНЕР | РАМКА | ДАТА | ДЖЕРЕЛО
    /addagreement ПАРТНЕР | ДАТА | МІСЦЕ EN | МІСЦЕ UK | ХТО ПІДПИСАВ EN | ХТО ПІДПИСАВ UK | РОКИ | НАПРЯМИ | ДЖЕРЕЛО [| НАЗВА EN | НАЗВА UK]
    /ratify ПАРТНЕР | ДАТА | ratified/in-force | ДЖЕРЕЛО
    /extend ПАРТНЕР | ДАТА | ДІЄ ДО | ДЖЕРЕЛО
    /addpledge ПАРТНЕР | СУМА ВАЛЮТА | РОКИ | ТЕКСТ EN | ТЕКСТ UK | ДЖЕРЕЛО [| ДАТА]
    /delete, /restore — наприклад <code>/delete event 42</code>
    /audit — останні зміни · /undo — скасувати вашу останню зміну
    /import — масовий імпорт із файлу JSON чи CSV (спершу пробний прогін) · /export — усі дані
    /admins — хто адміністратори

    Типи: declaration, joined, agreement, ratification, pledge, renewal, compact, coalition, meeting, other.
admin-help-owner = <b>Лише для власників</b>
    /grant, /revoke — надати чи забрати права редактора (ID користувача або відповідь на його повідомлення)
    /announce ТЕКСТ EN | ТЕКСТ UK — разове оголошення для всіх підписників

## Інше
cmd-new = Покрокові діалоги (подія, партнер, угода …)
cmd-ratify = Записати ратифікацію
admin-field-status = Статус
admin-auto-ratified = { $partner }: безпекову угоду з Україною ратифіковано
admin-auto-in-force = { $partner }: безпекова угода з Україною набула чинності
admin-usage-ratify = <b>/ratify</b> ПАРТНЕР | ДАТА | ratified або in-force | ДЖЕРЕЛО — остання угода партнера
    <code>/ratify DE | 2026-03-01 | ratified | https://example.org/news</code>
admin-btn-send = 📣 Надіслати
admin-new-choose = Що додаємо? Кожен діалог ставить по одному запитанню; /cancel його зупиняє.
admin-new-event = 📅 Подія
admin-new-partner = 🏳️ Партнер
admin-new-join = 🤝 Приєднання до рамки
admin-new-agreement = 📝 Угода
admin-new-pledge = 💶 Зобов’язання
admin-new-ratify = ✅ Ратифікація
admin-err-pipe = не може містити символ |
admin-form-step = { $step }/{ $total } · { $question }
admin-ask-partner = Який партнер? Код або назва (<code>DE</code>, <code>Німеччина</code>):
admin-ask-code = Двобуквений код партнера (ISO 3166-1, наприклад <code>MT</code>):
admin-ask-kind-partner = Це країна чи організація?
admin-ask-name-en = Назва англійською:
admin-ask-name-uk = Назва українською:
admin-ask-aliases-en = Інші назви англійською через ; (або «Пропустити»):
admin-ask-aliases-uk = Інші назви українською через ; (або «Пропустити»):
admin-ask-framework = Яка рамка?
admin-ask-date = Дата (<code>2026-03-01</code> або <code>01.03.2026</code>):
admin-ask-source-url = Посилання на джерело (<code>https://…</code>):
admin-ask-place-en = Де підписано? (англійською)
admin-ask-place-uk = Де підписано? (українською)
admin-ask-signed-by-en = Хто підписав? (англійською)
admin-ask-signed-by-uk = Хто підписав? (українською)
admin-ask-duration-years = На скільки років? (або «Пропустити»)
admin-ask-pillars = Які напрями? Через кому (<code>military, financial</code>) або «Пропустити»:
admin-ask-title-en = Офіційна назва англійською (або «Пропустити», щоб узяти звичну):
admin-ask-title-uk = Офіційна назва українською:
admin-ask-amount = Сума з валютою (<code>7.1bn EUR</code>) або «Пропустити», якщо не грошове:
admin-ask-years = Рік чи роки (<code>2026</code> або <code>2024-2027</code>) або «Пропустити»:
admin-ask-text-en = Що пообіцяли, англійською:
admin-ask-text-uk = Що пообіцяли, українською:
admin-ask-status = Ратифіковано чи набрала чинності?
admin-status-ratified = Ратифіковано
admin-status-in-force = Набрала чинності
cmd-extend = Записати продовження угоди
admin-field-until = Діє до
admin-auto-extended = { $partner }: безпекову угоду з Україною продовжено до { $until }
admin-usage-extend = <b>/extend</b> ПАРТНЕР | ДАТА | ДІЄ ДО | ДЖЕРЕЛО — остання угода партнера
    <code>/extend DE | 2026-03-01 | 2036-02-16 | https://example.org/news</code>
admin-new-extend = 🔁 Продовження
admin-ask-until = До якої дати вона тепер діє? (<code>2036-02-16</code> або <code>16.02.2036</code>)

admin-usage-audit = <b>/audit</b> [N] — останні N змін (1–50, якщо не вказано — 10), наприклад <code>/audit 20</code>
admin-audit-action = <b>{ $verb }</b>: { $entity }
admin-verb-create = створено
admin-verb-update = змінено
admin-verb-delete = видалено
admin-verb-restore = відновлено
admin-verb-grant = надано
admin-verb-revoke = відкликано
admin-entity-event = подія
admin-entity-partner = партнер
admin-entity-membership = членство
admin-entity-agreement = угода
admin-entity-pledge = зобов’язання
admin-entity-admin = права адміністратора

## Examples of valid input after an error (the same in both languages: they are what to type).
admin-example-date = 2026-03-01 / 01.03.2026
admin-example-partners = DE, FR
admin-example-partner = DE
admin-example-title-en = Germany ratifies the agreement
admin-example-title-uk = Німеччина ратифікувала угоду
admin-example-body-en = The Bundestag voted …
admin-example-body-uk = Бундестаг проголосував …
admin-example-source-url = https://www.president.gov.ua/en/news/…
admin-example-code = DE
admin-example-kind-partner = country
admin-example-name-en = Germany
admin-example-name-uk = Німеччина
admin-example-aliases-en = FRG; Deutschland
admin-example-aliases-uk = ФРН
admin-example-framework = joint-declaration, ukraine-compact, coalition-of-the-willing
admin-example-place-en = Berlin
admin-example-place-uk = Берлін
admin-example-signed-by-en = Olaf Scholz and Volodymyr Zelenskyy
admin-example-signed-by-uk = Олаф Шольц і Володимир Зеленський
admin-example-duration-years = 10
admin-example-pillars = military, financial
admin-example-amount = 7.1bn EUR / 500m USD / -
admin-example-years = 2024 / 2024-2027 / -
admin-example-text-en = EUR 7.1bn of military aid in 2024
admin-example-text-uk = 7,1 млрд євро військової допомоги у 2024 році
admin-example-id = 42
admin-example-field = titleEn, titleUk, bodyEn, bodyUk, sourceUrl, date, kind, partners
admin-example-value = …
admin-example-line = 2026-03-01 | ratification | DE | Title | Заголовок | https://…
admin-example-status = ratified, in-force
admin-example-until = 2036-02-16 / 16.02.2036
admin-example-kind = { $kinds }
