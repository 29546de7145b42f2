# /timeline — milestones, newest first.

cmd-timeline = Milestones, newest first
timeline-heading = { $count ->
    [one] Timeline: { $count } milestone, newest first
   *[other] Timeline: { $count } milestones, newest first
}
timeline-empty = No milestones yet.
timeline-low-confidence = (low confidence)
