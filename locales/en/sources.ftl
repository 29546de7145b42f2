# /sources — where the data comes from.

cmd-sources = Where the data comes from
sources-heading = Where the data comes from
sources-intro = The bundled data is built from a researched fact sheet on the G7 Joint Declaration and the bilateral security agreements; admins add what happens later. Every fact keeps a link to its source: official sites of governments and institutions, and the press.
sources-top = { $count ->
    [one] The most cited publisher ({ $hosts } in all, { $facts } citations):
   *[other] The { $count } most cited publishers ({ $hosts } in all, { $facts } citations):
}
sources-citations = { $count ->
    [one] { $count } citation
   *[other] { $count } citations
}
sources-low-confidence = Facts the sources disagree on, or give only partly, are marked as uncertain or low-confidence in the answers.
