# /country — a partner’s card and the list of partners.

country-frameworks-heading = Frameworks joined
country-no-frameworks = Has not joined any of the frameworks tracked here.
country-agreement-heading = Bilateral agreement
country-no-agreement = No bilateral security agreement with Ukraine is recorded up to { $asOf }.
country-title-descriptive = (descriptive title; the official wording was not found)
country-signed = Signed { $date } in { $place }
country-signed-by = Signed by: { $names }
country-duration-until = Duration: { $years } years, until { $date }
country-duration = Duration: { $years } years
country-duration-unknown = Duration: not confirmed
country-ratification = Ratification: { $status }
ratification-not-required = not required
ratification-pending = pending
ratification-ratified = ratified
ratification-in-force = in force
ratification-unknown = not known
country-in-series = Part of the series of bilateral agreements under the G7 Joint Declaration.
country-related-series = Related to, but not part of, the series of agreements under the G7 Joint Declaration.
country-pillars = Pillars: { $pillars }
country-low-confidence = Some details of this agreement are low-confidence: sources disagree or are incomplete.
country-source = Source: { $link }
country-pledges-heading = Pledges
country-milestones-heading = Latest milestones
country-summary-agreement = Agreement signed { $date }
country-summary-related = Related agreement signed { $date }
country-summary-declaration-only = Joined the G7 Declaration ({ $date }); no bilateral agreement
country-summary-none = No bilateral agreement
country-list-heading = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
country-list-agreement = { $count ->
    [one] { $count } signed an agreement under the declaration
   *[other] { $count } signed an agreement under the declaration
}
country-list-declaration = { $count ->
    [one] { $count } joined the declaration only
   *[other] { $count } joined the declaration only
}
country-list-related = { $count ->
    [one] { $count } related (agreement outside the series)
   *[other] { $count } related (agreement outside the series)
}
country-list-hint = Tap a partner to open its card, or send e.g. <code>/country Germany</code>.
country-ambiguous = “{ $query }” could mean several partners. Which one?
country-not-found = I don’t know a partner called “{ $query }”.
country-not-found-suggest = Did you mean one of these?
country-not-found-hint = Send /country without a name to see all partners.
country-non-partner = { $name } is not among the partners in the data (as of { $date }): it has not joined the Joint Declaration and has no bilateral security agreement with Ukraine on record.
country-ukraine = 🇺🇦 Ukraine is the recipient of these commitments, not a partner. Try /signatories to see who made them, or a partner’s card, e.g. <code>/country Germany</code>.
country-button-list = 📋 All partners
country-button-subscribe = 🔔 Subscribe to news about this partner
country-button-back = ◀️ Back to the list
