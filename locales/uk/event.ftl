# Картка події, як її бачать підписники (src/domain/format/event.ts).
event-kind-declaration = Декларація
event-kind-joined = Приєднання
event-kind-agreement = Підписано угоду
event-kind-ratification = Ратифікація
event-kind-pledge = Зобов’язання
event-kind-renewal = Продовження
event-kind-compact = Український компакт
event-kind-coalition = Коаліція охочих
event-kind-meeting = Зустріч
event-kind-other = Інше
