# An event card as subscribers see it (src/domain/format/event.ts).
event-kind-declaration = Declaration
event-kind-joined = Joined
event-kind-agreement = Agreement signed
event-kind-ratification = Ratification
event-kind-pledge = Pledge
event-kind-renewal = Renewal
event-kind-compact = Ukraine Compact
event-kind-coalition = Coalition of the Willing
event-kind-meeting = Meeting
event-kind-other = Other
