# /signatories (/countries) — who joined the declaration and who signed an agreement.

cmd-signatories = Who joined and who signed
signatories-declaration-heading = { $count ->
    [one] { $count } country or organisation joined the G7 Joint Declaration
   *[other] { $count } countries and organisations joined the G7 Joint Declaration
}
signatories-agreements-heading = { $count ->
    [one] { $count } bilateral agreement signed under it
   *[other] { $count } bilateral agreements signed under it
}
signatories-related-heading = { $count ->
    [one] { $count } related agreement, outside the series
   *[other] { $count } related agreements, outside the series
}
signatories-no-agreement-heading = { $count ->
    [one] { $count } member has no bilateral agreement yet
   *[other] { $count } members have no bilateral agreement yet
}
signatories-hint = A partner’s details: /country and a name.
