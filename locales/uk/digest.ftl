# Дайджест і /digest.
digest-title = 📬 Дайджест «Гаранта»: що нового
digest-summary = Нові учасники: { $members } · угоди: { $agreements } · інші події: { $milestones }
digest-other-framework = Двосторонні угоди та інші новини
digest-no-partner = Загальне
digest-source = джерело
digest-preview-header = 👁 <b>Попередній перегляд</b> наступного дайджесту (нічого не позначено як надіслане):
digest-preview-empty = Від останнього дайджесту нічого нового. Напишу, щойно з’явиться.
digest-preview-paused = ⏸ <b>Підписку призупинено</b>: нічого не надсилатиму, доки ви її не відновите. Щоб відновити, відкрийте /settings і натисніть ▶️ Відновити.
