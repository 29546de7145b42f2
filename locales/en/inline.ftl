# Inline mode (@bot Germany in any chat).

inline-not-found = Nothing found — open the bot
