# Admin commands (src/bot/features/admin/*). uk/admin.ftl has the same keys.

## Access
admin-refused = ⛔ This command is for admins.
admin-refused-owner = ⛔ Only owners can do this.

## Command menu (admins only)
cmd-adminhelp = Admin commands and syntax
cmd-newevent = Add an event step by step
cmd-addevent = Add an event in one line
cmd-editevent = Edit an event
cmd-addpartner = Add or edit a partner
cmd-join = Record a partner joining a framework
cmd-addagreement = Record an agreement
cmd-addpledge = Record a pledge
cmd-delete = Delete (restorable)
cmd-restore = Restore a deleted item
cmd-audit = Latest changes
cmd-undo = Undo my last change
cmd-import = Bulk import from a file
cmd-export = Download the whole dataset
cmd-admins = Who the admins are
cmd-grant = Make someone an editor
cmd-revoke = Take editor rights away
cmd-announce = Announcement to all subscribers

## Validation
admin-invalid = { $count ->
    [one] ❌ There is a problem:
   *[other] ❌ There are { $count } problems:
}
admin-nothing-saved = Nothing was saved. Fix it and send again.
admin-example = Example: <code>{ $example }</code>
admin-error-line = Line { $line } (<code>{ $field }</code>)
admin-errors-more = …and { $count } more.
admin-err-required = required, missing or empty
admin-err-date-format = expected a date as YYYY-MM-DD or dd.mm.yyyy
admin-err-date-invalid = not a real calendar date
admin-err-unknown-partner = unknown partner “{ $value }” (use a code such as DE or a name; add new ones with /addpartner)
admin-err-ambiguous-partner = “{ $value }” matches several partners; use the two-letter code
admin-err-unknown-kind = not one of the allowed values
admin-err-unknown-framework = unknown framework “{ $value }”
admin-err-unknown-pillar = unknown pillar “{ $value }”
admin-err-unknown-field = “{ $value }” is not something that can be changed here
admin-err-url = expected a web address starting with https://
admin-err-too-long = too long (at most { $max } characters)
admin-err-markup = must be plain text: no HTML tags or entities (the bot adds the formatting)
admin-err-code = expected a two-letter code (ISO 3166-1), e.g. DE
admin-err-partner-kind = expected “country” or “organisation”
admin-err-number = expected a whole number of years (1–99) or “-”, not “{ $value }”
admin-err-amount = expected an amount with a currency, e.g. 7.1bn EUR, or “-”, not “{ $value }”
admin-err-years = expected a year or a range, e.g. 2024 or 2024-2027, not “{ $value }”
admin-err-parts = wrong number of fields separated by | (expected at least: { $value })
admin-err-columns = missing: { $value }
admin-err-until-before = must be later than the date ({ $value })
admin-err-json = the file is not valid JSON (column { $value }); export it again or check it in a JSON validator
admin-err-overview-csv = this is the overview CSV from /export, which cannot be imported. To re-import the data, send guarantor-data.json from the same export; CSV import takes events only, with the columns { $value }
admin-err-id = no such item: “{ $value }”

## Field names
admin-field-date = Date
admin-field-occurred-on = Date
admin-field-signed-on = Date signed
admin-field-joined-on = Date joined
admin-field-kind = Kind
admin-field-partners = Partners
admin-field-partner = Partner
admin-field-title-en = Title (English)
admin-field-title-uk = Title (Ukrainian)
admin-field-body-en = Text (English)
admin-field-body-uk = Text (Ukrainian)
admin-field-source-url = Source URL
admin-field-code = Code
admin-field-kind-partner = Type of partner
admin-field-name-en = Name (English)
admin-field-name-uk = Name (Ukrainian)
admin-field-aliases-en = Other names (English)
admin-field-aliases-uk = Other names (Ukrainian)
admin-field-framework = Framework
admin-field-place-en = Place (English)
admin-field-place-uk = Place (Ukrainian)
admin-field-signed-by-en = Signed by (English)
admin-field-signed-by-uk = Signed by (Ukrainian)
admin-field-duration-years = Duration in years
admin-field-pillars = Pillars
admin-field-amount = Amount
admin-field-years = Years
admin-field-text-en = Text (English)
admin-field-text-uk = Text (Ukrainian)
admin-field-id = Number
admin-field-field = Field
admin-field-line = The line
admin-field-entity = What
admin-field-file = The file
admin-field-header = The header row

## Preview and publishing
admin-preview-title = 👁 <b>Preview</b> — exactly what subscribers will see:
admin-btn-publish = ✅ Publish
admin-btn-urgent = ⚡ Publish urgently
admin-btn-cancel = ✖️ Cancel
admin-btn-apply = ✅ Apply
admin-btn-skip = Skip
admin-cancelled = Cancelled. Nothing was saved.
admin-not-your-preview = This preview belongs to another admin.
admin-preview-expired = This preview has expired or was already used. Please send the command again.
admin-published = ✅ Published as event #{ $id }. It will be in the next digest.
admin-updated = ✅ Event #{ $id } updated.
admin-urgent-sent = ⚡ Sent to { $count ->
    [one] { $count } instant subscriber
   *[other] { $count } instant subscribers
} now.
admin-error-exists = This is already recorded. Use /delete and then add it again, or /undo.
admin-error-not-found = No such item.
admin-error-nothing-to-undo = You have no change to undo.
admin-error-no-agreement = This partner has no agreement yet.

## Partners
admin-partner-kind-country = country
admin-partner-kind-organisation = organisation
admin-partner-preview-new = 👁 <b>New partner</b> { $code } ({ $kind })
    English: { $nameEn } · other names: { $aliasesEn }
    Українська: { $nameUk } · other names: { $aliasesUk }
admin-partner-preview-edit = 👁 <b>Change partner</b> { $code } ({ $kind })
    English: { $nameEn } · other names: { $aliasesEn }
    Українська: { $nameUk } · other names: { $aliasesUk }
admin-partner-created = ✅ Partner { $code } added.
admin-partner-updated = ✅ Partner { $code } updated.

## Events made from facts
admin-auto-join = { $partner } joined the { $framework }
admin-auto-agreement = { $partner } signed a bilateral security agreement with Ukraine
admin-auto-agreement-body = Signed in { $place } by { $signedBy }. Duration: { $duration }. Pillars: { $pillars }.
admin-auto-years = { $years } years
admin-auto-pledge = New pledge by { $partner }: { $amount }

## Delete, restore
admin-deleted = 🗑 Deleted { $entity } { $id }. /restore { $entity } { $id } brings it back; /undo works too.
admin-delete-none = There is no { $entity } { $id } to delete (or it is already deleted).
admin-restored = ♻️ Restored { $entity } { $id }.
admin-restore-none = There is no deleted { $entity } { $id } to restore.

## Roles
admin-granted = ✅ User { $id } is now an editor.
admin-grant-already = User { $id } is already an editor.
admin-grant-owner = User { $id } is an owner (from ADMIN_IDS) already.
admin-revoked = ✅ User { $id } is no longer an editor.
admin-revoke-none = User { $id } is not an editor.
admin-role-owner = owner
admin-role-editor = editor
admin-admins-title = <b>Admins</b>
admin-admins-no-editors = No editors yet. Owners add them with /grant.

## Audit and undo
admin-audit-title = <b>Latest changes</b> ({ $count }):
admin-audit-empty = No changes have been recorded yet.
admin-audit-undone = (undone)
admin-undone = { $count ->
    [one] ↩️ Undone — one change:
   *[other] ↩️ Undone — { $count } changes made together:
}

## Export and import
export-caption-json = The whole dataset (data as of { $date }), with a source for every fact. Open data: reuse it freely.
export-caption-csv = The same facts as a table: one row per fact, with its source.
admin-import-dry-run = 🔎 <b>Dry run</b> — nothing is saved until you press Apply:
admin-import-applied = ✅ <b>Import applied:</b>
admin-import-added = { $what }: { $count } to add
admin-import-changed = { $what }: { $count } to change
admin-import-unchanged = unchanged: { $count }
admin-import-nothing = Nothing new: the database already has all of it.
admin-import-partners = partners
admin-import-memberships = memberships
admin-import-agreements = agreements
admin-import-pledges = pledges
admin-import-events = events
admin-import-too-big = The file is too big (at most { $max }).
admin-import-download-failed = I could not download the file. Please send it again.

## Announcements
admin-announce-preview = 📣 <b>Announcement preview</b> — it will go to { $count ->
    [one] { $count } chat
   *[other] { $count } chats
}, each in its language:
admin-announce-sent = 📣 Announcement queued for { $count ->
    [one] { $count } chat
   *[other] { $count } chats
}.

## Guided dialog (/newevent)
admin-ask-event-date = When did it happen? Send a date: <code>2026-03-01</code> or <code>01.03.2026</code>.
admin-ask-event-kind = What kind of event is it?
admin-ask-event-partners = Which partners? Codes or names separated by commas (<code>DE, FR</code>), or Skip.
admin-ask-event-title-en = The title in English:
admin-ask-event-title-uk = The title in Ukrainian:
admin-ask-event-body-en = A short text in English (or Skip):
admin-ask-event-body-uk = The same text in Ukrainian:
admin-wizard-try-again = Please send this answer again.
admin-wizard-busy = We are in the middle of adding an event: answer the question above, or /cancel.
admin-wizard-text-please = Please answer with text, or /cancel.
admin-wizard-cancelled = Cancelled. Nothing was saved.
admin-wizard-nothing = There is nothing to cancel.

## Error reports to the admin chat
error-report = ⚠️ <b>Guarantor: an error</b>
    <code>{ $signature }</code>
    { $detail }
    Similar errors not reported since the last message: { $suppressed }

## Usage and help
admin-usage-addevent = <b>/addevent</b> DATE | KIND | PARTNERS | TITLE EN | TITLE UK | SOURCE URL [| TEXT EN | TEXT UK]
    <code>/addevent 2026-03-01 | ratification | DE | Germany ratifies the agreement | Німеччина ратифікувала угоду | https://example.org/news</code>
    Or step by step: /newevent
admin-usage-editevent = <b>/editevent</b> ID | FIELD | NEW VALUE — fields: date, kind, partners, titleEn, titleUk, bodyEn, bodyUk, sourceUrl
    <code>/editevent 42 | titleEn | Germany ratifies the security agreement</code>
admin-usage-addpartner = <b>/addpartner</b> CODE | country or organisation | NAME EN | NAME UK [| OTHER NAMES EN; … | OTHER NAMES UK; …]
    <code>/addpartner MT | country | Malta | Мальта | Republic of Malta | Республіка Мальта</code>
    An existing code edits that partner.
admin-usage-join = <b>/join</b> PARTNER | FRAMEWORK | DATE | SOURCE URL — frameworks: joint-declaration, ukraine-compact, recovery-declaration, coalition-of-the-willing
    <code>/join MT | joint-declaration | 2026-03-01 | https://example.org/news</code>
admin-usage-addagreement = <b>/addagreement</b> PARTNER | DATE | PLACE EN | PLACE UK | SIGNED BY EN | SIGNED BY UK | YEARS | PILLARS | SOURCE URL [| TITLE EN | TITLE UK]
    <code>/addagreement MT | 2026-03-01 | Valletta | Валлетта | Robert Abela and Volodymyr Zelenskyy | Роберт Абела і Володимир Зеленський | 10 | military, financial | https://example.org/news</code>
admin-usage-addpledge = <b>/addpledge</b> PARTNER | AMOUNT CURRENCY | YEARS | TEXT EN | TEXT UK | SOURCE URL [| DATE]
    DATE is the day the pledge was made (<code>2026-03-01</code> or <code>01.03.2026</code>); left out, it is today. Digests show it.
    <code>/addpledge DE | 1.5bn EUR | 2026 | Air defence for 2026 | ППО на 2026 рік | https://example.org/news | 2026-02-14</code>
admin-usage-delete = <b>/delete</b> event|partner|agreement|pledge|membership ID — e.g. <code>/delete event 42</code>. Nothing is lost: /restore brings it back.
admin-usage-restore = <b>/restore</b> event|partner|agreement|pledge|membership ID — e.g. <code>/restore event 42</code>
admin-usage-grant = <b>/grant</b> USER ID — or reply with /grant to a message of that person.
admin-usage-revoke = <b>/revoke</b> USER ID — or reply with /revoke to a message of that person.
admin-usage-import = <b>Import:</b> send me a file.
    • <b>JSON</b> in the shape of /export (or only some of its arrays: partners, memberships, agreements, events).
    • <b>CSV</b> of events with a header row: <code>date,kind,partners,title_en,title_uk,source_url,body_en,body_uk</code> (partners separated by ;).
    I check every line and show what would change; nothing is saved until you press Apply.
admin-usage-announce = <b>/announce</b> TEXT EN | TEXT UK — you see a preview and the number of recipients before it is sent.
admin-help = <b>Admin commands</b>
    Fields are separated by <code>|</code>. Dates: <code>2026-03-01</code> or <code>01.03.2026</code>. Partners: codes or names (<code>DE, France</code>), <code>-</code> for none. Every change shows a preview first and is recorded in the audit log.

    /new — guided dialogs with buttons (event, partner, joining, agreement, ratification, pledge); /cancel at any step
    /newevent — add an event step by step
    /addevent DATE | KIND | PARTNERS | TITLE EN | TITLE UK | URL [| TEXT EN | TEXT UK]
    <code>/addevent 01.03.2026 | ratification | DE | Germany ratifies the agreement | Німеччина ратифікувала угоду | https://example.org/a</code>
    /editevent ID | FIELD | VALUE
    /addpartner CODE | country/organisation | NAME EN | NAME UK [| ALIASES EN | ALIASES UK]
    /join PARTNER | FRAMEWORK | DATE | URL
    /addagreement PARTNER | DATE | PLACE EN | PLACE UK | SIGNED BY EN | SIGNED BY UK | YEARS | PILLARS | URL [| TITLE EN | TITLE UK]
    /ratify PARTNER | DATE | ratified/in-force | URL
    /extend PARTNER | DATE | RUNS UNTIL | URL
    /addpledge PARTNER | AMOUNT CURRENCY | YEARS | TEXT EN | TEXT UK | URL [| DATE]
    /delete, /restore — e.g. <code>/delete event 42</code>
    /audit — latest changes · /undo — undo your last change
    /import — bulk import from a JSON or CSV file (dry run first) · /export — the whole dataset
    /admins — who the admins are

    Kinds: declaration, joined, agreement, ratification, pledge, renewal, compact, coalition, meeting, other.
admin-help-owner = <b>Owners only</b>
    /grant, /revoke — give or take editor rights (user id, or reply to their message)
    /announce TEXT EN | TEXT UK — a one-off announcement to all subscribers

## More
cmd-new = Guided dialogs (event, partner, agreement …)
cmd-ratify = Record a ratification
admin-field-status = Status
admin-auto-ratified = { $partner } ratified its security agreement with Ukraine
admin-auto-in-force = { $partner }: the security agreement with Ukraine entered into force
admin-usage-ratify = <b>/ratify</b> PARTNER | DATE | ratified or in-force | SOURCE URL — the partner’s latest agreement
    <code>/ratify DE | 2026-03-01 | ratified | https://example.org/news</code>
admin-btn-send = 📣 Send
admin-new-choose = What would you like to add? Each dialog asks one question at a time; /cancel stops it.
admin-new-event = 📅 Event
admin-new-partner = 🏳️ Partner
admin-new-join = 🤝 Joining a framework
admin-new-agreement = 📝 Agreement
admin-new-pledge = 💶 Pledge
admin-new-ratify = ✅ Ratification
admin-err-pipe = must not contain the | character
admin-form-step = { $step }/{ $total } · { $question }
admin-ask-partner = Which partner? A code or a name (<code>DE</code>, <code>Germany</code>):
admin-ask-code = The partner’s two-letter code (ISO 3166-1, e.g. <code>MT</code>):
admin-ask-kind-partner = Is it a country or an organisation?
admin-ask-name-en = The name in English:
admin-ask-name-uk = The name in Ukrainian:
admin-ask-aliases-en = Other names in English, separated by ; (or Skip):
admin-ask-aliases-uk = Other names in Ukrainian, separated by ; (or Skip):
admin-ask-framework = Which framework?
admin-ask-date = The date (<code>2026-03-01</code> or <code>01.03.2026</code>):
admin-ask-source-url = The source URL (<code>https://…</code>):
admin-ask-place-en = Where was it signed? (English)
admin-ask-place-uk = Where was it signed? (Ukrainian)
admin-ask-signed-by-en = Who signed it? (English)
admin-ask-signed-by-uk = Who signed it? (Ukrainian)
admin-ask-duration-years = For how many years? (or Skip)
admin-ask-pillars = Which pillars? Separated by commas (<code>military, financial</code>), or Skip:
admin-ask-title-en = The official title in English (or Skip to use the usual one):
admin-ask-title-uk = The official title in Ukrainian:
admin-ask-amount = The amount with its currency (<code>7.1bn EUR</code>), or Skip if not monetary:
admin-ask-years = The year or years (<code>2026</code> or <code>2024-2027</code>), or Skip:
admin-ask-text-en = What was pledged, in English:
admin-ask-text-uk = What was pledged, in Ukrainian:
admin-ask-status = Ratified, or entered into force?
admin-status-ratified = Ratified
admin-status-in-force = In force
cmd-extend = Record an agreement’s extension
admin-field-until = Runs until
admin-auto-extended = { $partner } extended its security agreement with Ukraine until { $until }
admin-usage-extend = <b>/extend</b> PARTNER | DATE | RUNS UNTIL | SOURCE URL — the partner’s latest agreement
    <code>/extend DE | 2026-03-01 | 2036-02-16 | https://example.org/news</code>
admin-new-extend = 🔁 Extension
admin-ask-until = Until when does it run now? (<code>2036-02-16</code> or <code>16.02.2036</code>)

admin-usage-audit = <b>/audit</b> [N] — the latest N changes (1–50, 10 if left out), e.g. <code>/audit 20</code>
admin-audit-action = <b>{ $verb }</b> { $entity }
admin-verb-create = created
admin-verb-update = changed
admin-verb-delete = deleted
admin-verb-restore = restored
admin-verb-grant = granted
admin-verb-revoke = revoked
admin-entity-event = event
admin-entity-partner = partner
admin-entity-membership = membership
admin-entity-agreement = agreement
admin-entity-pledge = pledge
admin-entity-admin = admin rights

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
