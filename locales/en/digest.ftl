# The digest message and /digest.
digest-title = 📬 Guarantor digest: what is new
digest-summary = New members: { $members } · agreements: { $agreements } · other milestones: { $milestones }
digest-other-framework = Bilateral agreements and other news
digest-no-partner = General
digest-source = source
digest-preview-header = 👁 <b>Preview</b> of your next digest (nothing is marked as delivered):
digest-preview-empty = Nothing new since your last digest. I will write when there is.
digest-preview-paused = ⏸ <b>Your subscription is paused</b>: nothing is sent until you resume. To resume, open /settings and tap ▶️ Resume.
