# Спільні рядки команд перегляду (/country, /pillar, /signatories, /timeline, /stats, /frameworks, /sources).

pledge-per-year = { $amount } на рік
pledge-level-promised = обіцяно
pledge-level-allocated = виділено
pledge-level-delivered = надано
pledge-overlaps = (частково збігається з іншим внеском; до підсумків не враховано)
membership-date-uncertain = { $date } (дата неточна)
membership-date-unknown-before = точна дата невідома, не пізніше { $date }
membership-date-unknown = точна дата невідома
page-of = Сторінка { $page } з { $pages }
source-link-text = джерело
button-prev = ◀️ Назад
button-next = Далі ▶️
