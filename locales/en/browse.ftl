# Shared strings of the browsing commands (/country, /pillar, /signatories, /timeline, /stats, /frameworks, /sources).

pledge-per-year = { $amount } a year
pledge-level-promised = promised
pledge-level-allocated = allocated
pledge-level-delivered = delivered
pledge-overlaps = (overlaps another pledge; not counted in totals)
membership-date-uncertain = { $date } (date uncertain)
membership-date-unknown-before = exact date unknown, on or before { $date }
membership-date-unknown = exact date unknown
page-of = Page { $page } of { $pages }
source-link-text = source
button-prev = ◀️ Back
button-next = Next ▶️
