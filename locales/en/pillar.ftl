# /pillar — the pillars of support.

pillar-list-heading = { $count ->
    [one] { $count } pillar of support
   *[other] { $count } pillars of support
}
pillar-covered-by = { $count ->
    [one] covered by { $count } partner’s agreement
   *[other] covered by { $count } partners’ agreements
}
pillar-list-hint = Tap a pillar to see who covers it, or send e.g. <code>/pillar military</code>.
pillar-partners-heading = { $count ->
    [one] Covered by { $count } partner’s agreement
   *[other] Covered by { $count } partners’ agreements
}
pillar-no-partners = No agreement in the data covers this pillar yet.
pillar-pledges-heading = Key pledges under this pillar
pillar-no-pledges = No pledge in the data is tied to this pillar.
pillar-ambiguous = “{ $query }” could mean several pillars. Which one?
pillar-not-found = I don’t know a pillar called “{ $query }”.
pillar-not-found-suggest = Did you mean one of these?
pillar-not-found-hint = Send /pillar without a name to see all pillars.
