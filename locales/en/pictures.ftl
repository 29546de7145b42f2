# Pictures: /map, the /timeline and /stats charts. Captions are the pictures' alternative text.

cmd-map = Map of Ukraine's security partners
picture-source = Source: Guarantor dataset (official texts and government sites) · data as of { $date }
picture-show-chart = 📊 Chart
picture-show-text = 📄 As text
picture-failed = Sorry, the picture could not be drawn just now. The same facts are in the text answer.

map-title = Ukraine's security partners
map-subtitle-all = { $count ->
    [one] { $count } partner: bilateral security agreements and frameworks
   *[other] { $count } partners: bilateral security agreements and frameworks
}
map-subtitle-coalition = Coalition of the Willing: { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
map-subtitle-compact = Ukraine Compact: { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
map-subtitle-military = Agreements covering military support: { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
map-world = The world
map-ukraine = Ukraine
map-legend-agreement = Security agreement signed: { $count }
map-legend-declaration = Joint Declaration, no agreement yet: { $count }
map-legend-other = Other frameworks only: { $count }
map-legend-none-all = Not a partner in the data
map-legend-none-filtered = Outside this selection
map-organisations = Not on the map: { $names }.
map-button-all = 🌍 All
map-button-coalition = Coalition
map-button-compact = Compact
map-button-military = Military
map-unknown-filter = I know these maps: /map, /map coalition, /map compact, /map military.
map-caption-all = Map of Ukraine's security partners.
map-caption-coalition = Map of the Coalition of the Willing.
map-caption-compact = Map of the Ukraine Compact's members.
map-caption-military = Map of the partners whose agreement covers military support.
map-caption-agreement = { $count ->
    [0] No partner has signed a bilateral security agreement.
    [one] { $count } partner has signed a bilateral security agreement with Ukraine.
   *[other] { $count } partners have signed a bilateral security agreement with Ukraine.
}
map-caption-declaration = { $count ->
    [0] { "" }
    [one] { $count } joined the Joint Declaration but has no agreement yet: { $names }.
   *[other] { $count } joined the Joint Declaration but have no agreement yet: { $names }.
}
map-caption-other = { $count ->
    [0] { "" }
    [one] { $count } takes part only in other frameworks: { $names }.
   *[other] { $count } take part only in other frameworks: { $names }.
}

timeline-chart-title = Agreements and framework joins, month by month
timeline-chart-subtitle = { $agreements ->
    [one] { $agreements } agreement signed
   *[other] { $agreements } agreements signed
} · { $joins ->
    [one] { $joins } dated framework join
   *[other] { $joins } dated framework joins
}
timeline-chart-agreements = Agreements signed
timeline-chart-joins = Framework joins
timeline-chart-undated = { $count ->
    [one] { $count } join without a known date is not shown.
   *[other] { $count } joins without a known date are not shown.
}
timeline-caption = Chart of agreements signed and framework joins per month, { $from } to { $to }: { $agreements ->
    [one] { $agreements } bilateral security agreement was signed
   *[other] { $agreements } bilateral security agreements were signed
}, and partners joined frameworks { $joins ->
    [one] once
   *[other] { $joins } times
} (on known dates).
timeline-caption-busiest = The busiest month for agreements was { $month }, with { $count }.

stats-chart-title = Pledges by partner and by year
stats-chart-subtitle = { $count ->
    [one] { $count } pledge with an amount
   *[other] { $count } pledges with an amount
} · { $currencies ->
    [one] { $currencies } currency, not converted
   *[other] { $currencies } currencies, each on its own, not converted
}
stats-chart-panel = { $currency }: { $total } in total
stats-chart-by-partner = By partner
stats-chart-by-year = By year (* one sum for the whole period)
stats-chart-empty = No pledge in the data gives an amount yet.
stats-chart-notes = Levels: promised, allocated, delivered. An amount given per year counts in each year of its period. { $skipped ->
    [0] No pledge overlaps another.
    [one] { $skipped } pledge that overlaps another is left out, as in the text totals.
   *[other] { $skipped } pledges that overlap others are left out, as in the text totals.
} { $other ->
    [0] { "" }
    [one] { $other } pledge without an amount is not drawn.
   *[other] { $other } pledges without an amount are not drawn.
}
stats-caption = Chart of pledges by partner and by year, amounts not converted between currencies.
stats-caption-panel = { $currency }: { $total } in total (largest: { $partner }, { $amount }).
stats-caption-notes = { $skipped ->
    [0] { "" }
    [one] { $skipped } overlapping pledge is left out of the totals.
   *[other] { $skipped } overlapping pledges are left out of the totals.
}
