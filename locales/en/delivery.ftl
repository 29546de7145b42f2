# Flood protection and the send path (src/bot/middleware/).
flood-slow-down = You are sending messages faster than I can answer them. Please wait a few seconds; I will answer again after that.
inline-button-inactive = This button works in the chat with the bot. Open it and send the command there.
