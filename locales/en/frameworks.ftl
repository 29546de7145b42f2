# /frameworks — each framework and its members.

cmd-frameworks = Frameworks and their members
frameworks-heading = { $count ->
    [one] { $count } framework
   *[other] { $count } frameworks
}
frameworks-members = { $count ->
    [one] { $count } member:
   *[other] { $count } members:
}
# Where the sources name only some members (membershipComplete false): never a bare partial count.
frameworks-members-partial = At least { $count } members are named in our sources; the list is not complete. { $declared }
frameworks-declared-source = source
frameworks-low-confidence = { $count ->
    [one] For { $count } member the date or membership itself is low-confidence.
   *[other] For { $count } members the date or membership itself is low-confidence.
}
