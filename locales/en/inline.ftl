# Inline mode (@bot Germany in any chat).

inline-not-found = Nothing found — open the bot
inline-welcome =
    👋 Nothing matched your inline search. In any chat, type <code>@{ $username }</code> and a partner's name or flag (<code>@{ $username } Japan</code>, <code>@{ $username } 🇯🇵</code>) to share its card.

    Here you can also just ask, for example:
    • <i>When did Japan sign?</i>
    • <i>Who hasn't signed yet?</i>
    /country lists every partner.
