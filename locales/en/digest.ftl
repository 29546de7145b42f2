# The digest message, alerts and /digest (src/domain/format/digest.ts).
# The second line of a digest: what kind of news it holds.
digest-counts = Guarantor digest: { $counts }
digest-count-members = { $n ->
    [one] { $n } new member
   *[other] { $n } new members
}
digest-count-agreements = { $n ->
    [one] { $n } agreement signed
   *[other] { $n } agreements signed
}
digest-count-ratifications = { $n ->
    [one] { $n } ratification
   *[other] { $n } ratifications
}
digest-count-renewals = { $n ->
    [one] { $n } renewal
   *[other] { $n } renewals
}
digest-count-pledges = { $n ->
    [one] { $n } pledge
   *[other] { $n } pledges
}
digest-count-meetings = { $n ->
    [one] { $n } meeting
   *[other] { $n } meetings
}
digest-count-news = { $n ->
    [one] { $n } other update
   *[other] { $n } other updates
}
# Section headings, weightiest first.
digest-section-members = New members
digest-section-agreements = Agreements signed
digest-section-ratifications = Ratifications
digest-section-renewals = Renewals
digest-section-pledges = Pledges
digest-section-meetings = Meetings
digest-section-news = Other news
# Who: "Germany", "Germany and France", "Germany, France and Italy", "Germany, France and 3 other partners".
digest-who-list = { $first } and { $last }
digest-who-more = { $first } and { $n ->
    [one] one other partner
   *[other] { $n } other partners
}
# What they did ($g: the subject's gender, or pl for several partners; Ukrainian verbs agree with it,
# English ones do not, so most English messages select on it with one variant).
digest-did-joined = { $who } { $g ->
   *[any] joined
} { $framework }
digest-did-agreement = { $who } { $g ->
   *[any] signed
} a security agreement with Ukraine
digest-did-ratified = { $who } ratified { $g ->
    [pl] their
   *[other] its
} security agreement with Ukraine
digest-did-in-force = { $who }: the security agreement with Ukraine entered into force
digest-did-renewal = { $who } extended { $g ->
    [pl] their
   *[other] its
} security agreement with Ukraine
digest-did-renewal-until = { $who } extended { $g ->
    [pl] their
   *[other] its
} security agreement with Ukraine until { $until }
digest-did-pledge = { $who } { $g ->
   *[any] pledged
} { $amount }
digest-did-pledge-years = { $who } { $g ->
   *[any] pledged
} { $amount } { $span ->
    [one] for
   *[many] over
} { $years }
digest-did-pledge-plain = { $who } { $g ->
   *[any] made
} a new pledge
# Frameworks as the object of "joined".
digest-framework-joint-declaration = the G7 Joint Declaration
digest-framework-ukraine-compact = the Ukraine Compact
digest-framework-recovery-declaration = the Recovery Declaration
digest-framework-coalition-of-the-willing = the Coalition of the Willing
digest-framework-generic = the { $name }
digest-partners = Partners: { $list }
digest-source = source
digest-source-full = Source
digest-alert-footer = Guarantor alert
# Weekly digests end with this line.
digest-in-numbers = In numbers: { $agreements ->
    [one] { $agreements } security agreement in force
   *[other] { $agreements } security agreements in force
} · { $pledges ->
    [0] no new pledges this week
    [one] { $pledges } pledge added this week
   *[other] { $pledges } pledges added this week
}
# For subscribers who asked to be told when a period brought nothing.
digest-nothing-new-daily = Nothing new since yesterday's digest.
digest-nothing-new-weekly = Nothing new this week.
digest-preview-header = 👁 <b>Preview</b> of your next digest (nothing is marked as delivered):
digest-preview-empty = Nothing new since your last digest. I will write when there is.
digest-preview-paused = ⏸ <b>Your subscription is paused</b>: nothing is sent until you resume. To resume, open /settings and tap ▶️ Resume.
