# Plain-language questions (src/domain/questions.ts, src/domain/format/answers.ts, src/bot/features/ask.ts)

ask-source-word = source
ask-sources = { $count ->
    [one] Source: { $links }
   *[other] Sources: { $links }
}
ask-sources-inline = Sources: each date above links to its source.
ask-signed = { $partner } signed its bilateral security agreement with Ukraine on <b>{ $date }</b> in { $place }.
ask-signed-by-line = Signed by: { $signers }.
ask-title-line = Title: <i>{ $title }</i>
ask-frameworks-line = Frameworks joined: { $list }.
ask-not-in-series = ⚠️ This agreement is related to the G7 Joint Declaration but is not one of its series of bilateral security agreements: the partner has not joined the declaration.
ask-related-short = related, not in the declaration’s series
ask-related-agreement = It did sign a related bilateral agreement with Ukraine on { $date } in { $place }, which is not counted among the declaration’s series of security agreements.
ask-no-agreement = No bilateral security agreement between { $partner } and Ukraine is recorded up to { $asOf }.
ask-signed-by = The agreement with { $partner } was signed by { $signers } on { $date } in { $place }.
ask-joined-yes = { $asked ->
    [when] {""}
   *[yes-no] Yes:{" "}
}{ $partner } joined the <i>{ $framework }</i> on <b>{ $date }</b>.
ask-joined-yes-undated = { $asked ->
    [when] {""}
   *[yes-no] Yes:{" "}
}{ $partner } has joined the <i>{ $framework }</i> ({ $date }).
ask-joined-no = No: { $partner } is not among the members of the <i>{ $framework }</i> in the data.
ask-frameworks = { $partner } has joined:
ask-frameworks-none = { $partner } has not joined any of the frameworks in the data.
ask-pledges = What { $partner } pledged:
ask-pledges-year = What { $partner } pledged for { $year }:
ask-pledges-none = No pledges by { $partner } are recorded in the data.
ask-pledges-none-year = No pledges by { $partner } for { $year } are recorded in the data.
ask-level-promised = promised
ask-level-allocated = allocated
ask-level-delivered = delivered
ask-duration = The agreement with { $partner } (signed { $date }) runs for <b>{ $years } years</b>, until <b>{ $expires }</b>.
ask-duration-unknown = The duration of the agreement with { $partner } (signed { $date }) is not confirmed in the sources.
ask-ratification-not-required = The agreement with { $partner } (signed { $date }) does not need ratification.
ask-ratification-pending = In the latest source we have, the agreement with { $partner } (signed { $date }) was still awaiting ratification.
ask-ratification-ratified = The agreement with { $partner } (signed { $date }) has been ratified.
ask-ratification-in-force = The agreement with { $partner } (signed { $date }) is ratified and in force.
ask-ratification-unknown = Our sources do not say whether the agreement with { $partner } (signed { $date }) has been ratified.
ask-pillars = The agreement with { $partner } covers { $count ->
    [one] one pillar
   *[other] { $count } pillars
}:
ask-covers-yes = Yes: the agreement with { $partner } covers <i>{ $pillar }</i>.
ask-covers-no = No: the agreement with { $partner } does not cover <i>{ $pillar }</i>, as far as the sources show.
ask-non-partner = { $country } is not among the partners in the data as of { $date }: it has not joined the <i>{ $framework }</i> and has no bilateral security agreement with Ukraine.
ask-range = { $from } – { $to }
ask-period = { $period }: { $count ->
    [one] one country signed an agreement
   *[other] { $count } countries signed agreements
}:
ask-period-none = No agreements were signed in { $period }.
ask-count-agreements = <b>{ $count }</b> partners have signed bilateral security agreements with Ukraine; { $series } of them in the series of the G7 Joint Declaration.
ask-count-related = Related but outside the series: { $list }.
ask-count-members = <b>{ $count }</b> { $count ->
    [one] partner has
   *[other] partners have
} joined the <i>{ $framework }</i>.
ask-members = <i>{ $framework }</i> — { $count ->
    [one] one member
   *[other] { $count } members
}:
ask-first = { $count ->
    [one] The first agreement was signed by { $partners }
   *[other] The first agreements were signed by { $partners }
} on <b>{ $date }</b> in { $place }.
ask-last = { $count ->
    [one] The most recent agreement was signed by { $partners }
   *[other] The most recent agreements were signed by { $partners }
} on <b>{ $date }</b> in { $place }.
ask-unknown-country = I don’t know a partner called “{ $name }”.{ $count ->
        [0] {" "}/country lists all partners.
       *[other] {" "}Did you mean { $suggestions }?
    }
ask-ambiguous-country = Which one do you mean: { $candidates }? Please ask again with the full name.
ask-help =
    I didn’t understand the question. You can ask, for example:
    • <i>When did Japan sign?</i>
    • <i>Which countries signed in June 2024?</i>
    • <i>What did Germany pledge for 2024?</i>
    • <i>Has Hungary joined the declaration?</i>
ask-about-ukraine =
    Ukraine is the country these commitments are made to, so it has not "joined" or "signed" as a partner: its partners have. Ask about one of them, for example:
    • <i>When did Japan sign?</i>
    • <i>Has Poland joined the Coalition of the Willing?</i>
    /signatories lists every partner.

# Lists, comparisons, documents and small talk (src/domain/questions/, issue 9)
ask-ratification-executive = The agreement with { $partner } (signed { $date }) is an executive agreement: it was not submitted for ratification (in the US case, not to Congress), so a later government could withdraw from it.
ask-no-agreement-joined = { $partner } joined the Joint Declaration on { $date } but has no bilateral security agreement with Ukraine in the data.
ask-group-g7 = G7 countries
ask-group-eu = EU member states
ask-group-nato = NATO members
ask-group-nb8 = the Nordic-Baltic Eight
ask-group-nordic = Nordic countries
ask-group-baltic = Baltic states
ask-group-europe = European countries
ask-scope = Among { $scope }:
ask-filtered = { $scope }: { $count ->
    [one] one bilateral security agreement signed
   *[other] <b>{ $count }</b> bilateral security agreements signed
}:
ask-filtered-none = { $scope }: no bilateral security agreements signed in the data.
ask-filtered-related = { $count ->
    [one] One of them is
   *[other] { $count } of them are
} related to the G7 Joint Declaration but outside its series.
ask-signed-at = Signed in { $place }: { $count ->
    [one] one agreement
   *[other] { $count } agreements
}:
ask-pillar-list = Agreements that cover <i>{ $pillar }</i>, as far as the sources show ({ $count }):
ask-pillar-list-none = No agreement in the data is recorded as covering <i>{ $pillar }</i>.
ask-not-signed = { $count ->
    [one] One member of the G7 Joint Declaration has
   *[other] { $count } members of the G7 Joint Declaration have
} no bilateral security agreement with Ukraine in the data:
ask-not-signed-none = Every member of the G7 Joint Declaration has a bilateral security agreement with Ukraine in the data.
ask-joined-on = joined { $date }
ask-supporters = { $count } partners support Ukraine in the data: { $declared } joined the G7 Joint Declaration and { $signed } signed bilateral security agreements.
ask-supporter-declaration = declaration { $date }
ask-supporter-agreement = agreement { $date }
ask-none = none
ask-ratified-list = Ratification of the bilateral security agreements, as recorded in the data:
ask-ratified-list-ratified = ratified: { $list }
ask-ratified-list-pending = awaiting ratification: { $list }
ask-ratified-list-not-required = no ratification needed: { $list }
ask-ratified-list-executive = executive agreements, not submitted for ratification: { $list }
ask-ratified-list-unknown = the sources do not say for the other { $count }
ask-pledged-in-year = { $count ->
    [one] One partner has
   *[other] { $count } partners have
} pledges covering { $year } in the data:
ask-pledged-in-year-none = No pledges covering { $year } are recorded in the data.
ask-compare = { $first } signed first, on <b>{ $firstDate }</b>; { $second } signed on { $secondDate }.
ask-compare-same = { $a } and { $b } signed on the same day, <b>{ $date }</b>.
ask-same-day = { $count ->
    [one] One other partner
   *[other] { $count } other partners
} signed on <b>{ $date }</b>, the day { $partner } signed:
ask-same-day-none = No other partner signed on { $date }, the day { $partner } signed.
ask-largest = The largest single pledge recorded in each currency (amounts in different currencies are not compared):
ask-largest-currency = The largest single pledge in { $currency } recorded in the data:
ask-largest-none = No pledge with an amount is recorded in the data.
ask-count-currency = <b>{ $count }</b> { $count ->
    [one] partner has
   *[other] partners have
} pledges in { $currency } recorded in the data: { $list }.
ask-document-framework = <b>{ $name }</b> (adopted { $date }): { $description } Members in the data: { $count }.
ask-document-hundred-year-partnership = The 100 Year Partnership between the United Kingdom and Ukraine
ask-document-paris-declaration = The Paris Declaration
ask-document-event = <b>{ $name }</b> — { $date }: { $title }.
ask-russia = Russia is the state waging the war against Ukraine that these commitments answer; it is not a partner, has not joined any of these frameworks and has no agreement with Ukraine.
ask-greeting =
    Hello! I answer questions about the security commitments made to Ukraine. For example:
    • <i>When did Japan sign?</i>
    • <i>Who hasn't signed yet?</i>
ask-thanks =
    You're welcome! Ask again any time, for example:
    • <i>What did Germany pledge for 2024?</i>
    • <i>Which G7 country signed last?</i>
ask-need-subject = Which partner do you mean? Name it in the question, for example: <i>How much did Norway pledge?</i>
ask-no-agreement-member = { $partner } joined the G7 <i>Joint Declaration of Support for Ukraine</i> ({ $joined }), but no bilateral security agreement between it and Ukraine is recorded up to { $asOf }.
ask-ratification-ratified-dated = The agreement with { $partner } (signed { $date }) was ratified on <b>{ $on }</b>.
ask-ratification-in-force-dated = The agreement with { $partner } (signed { $date }) entered into force on <b>{ $on }</b>.
ask-document-framework-partial = <b>{ $name }</b> (adopted { $date }): { $description }
