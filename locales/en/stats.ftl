# /stats — totals.

cmd-stats = Totals: partners, agreements, pledges
stats-heading = Totals
stats-partners = { $count ->
    [one] Partners tracked: { $count }
   *[other] Partners tracked: { $count }
}
stats-declaration = Joined the G7 Joint Declaration: { $count }
stats-agreements = Bilateral agreements: { $count } ({ $series } in the declaration’s series, { $related } related)
stats-pledges = Pledges: { $count } ({ $monetary } with an amount, { $other } without one)
stats-levels = By level: { $promised } promised · { $allocated } allocated · { $delivered } delivered
stats-by-currency = Amounts by currency
stats-by-year = By year
stats-range-total = (one sum for the whole period)
stats-no-year = no year given
stats-notes = Amounts are not converted between currencies. An amount given per year counts in each year of its period. { $skipped ->
    [one] { $skipped } pledge that overlaps another is left out of the totals
   *[other] { $skipped } pledges that overlap others are left out of the totals
}; { $other ->
    [one] { $other } pledge has no amount (equipment, a share of GDP and the like)
   *[other] { $other } pledges have no amount (equipment, a share of GDP and the like)
}.
