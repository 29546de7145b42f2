# /timeline — події, від найновіших.

cmd-timeline = Хронологія подій
timeline-heading = { $count ->
    [one] Хронологія: { $count } подія, від найновіших
    [few] Хронологія: { $count } події, від найновіших
   *[many] Хронологія: { $count } подій, від найновіших
}
timeline-empty = Подій поки немає.
timeline-low-confidence = (ненадійні відомості)
