# Guarantor — English, shared strings. Keys are kebab-case, prefixed by feature; uk/core.ftl has the same keys.

## Shared
money-billion = { $currency } { $amount } billion
money-million = { $currency } { $amount } million
money-units = { $currency } { $amount }
data-as-of = Data as of { $date }.
# Russia or Belarus asked about as if a partner (src/domain/aggressors.ts): the same line in every path.
aggressor-state = { $code ->
    [BY] 🇧🇾 Belarus has let its territory be used for Russia’s war against Ukraine; it is not a partner of these commitments.
   *[RU] 🇷🇺 Russia is the state waging the war against Ukraine; it is not a partner of these commitments.
}
error-generic = Sorry, something went wrong on our side. Please try again in a moment.
error-too-long = That message is too long for me to read. Please keep it under { $max } characters.

## /start
start-welcome =
    👋 Hello, { $name }!

    I am <b>Guarantor</b>. I keep track of the security commitments made to Ukraine under the G7 <i>Joint Declaration of Support for Ukraine</i> (Vilnius, 12 July 2023) and the bilateral security agreements that followed it.

    Ask me about a country (<code>/country Germany</code>), a pillar (<code>/pillar military</code>), or just ask: <i>When did Japan sign?</i>

    /help lists everything I can do. /language switches between Ukrainian and English.
start-welcome-back = Welcome back, { $name }! /help lists everything I can do.
start-unknown-link = ℹ️ I did not recognise the link you followed, so here is the usual welcome.

## /help
help-text =
    <b>What I can do</b>

    /country — a partner’s card: frameworks joined, the agreement, pledges, pillars, sources
    /pillar — the pillars of support and who covers each
    /signatories — who joined the declaration and who signed an agreement (also /countries)
    /timeline — milestones, newest first
    /stats — totals: partners, agreements, pledges by currency and year
    /map — a map of the partners (also /map coalition, /map compact, /map military)
    /frameworks — the frameworks and their members
    /sources — where the data comes from and how fresh it is
    /subscribe — digests of new signatories and milestones (/settings, /digest, /unsubscribe)
    /export — the whole dataset as JSON and CSV files
    /language — switch between Ukrainian and English
    /help — this message

    You can also ask in plain words, for example: <i>When did Japan sign?</i>
    In any chat, type <code>@</code> and my username with a country to share its card.

## /language
language-choose = Choose your language:
language-set = Done: I will speak English with you.
language-not-admin = Only this group's administrators can change its language.

## Command menu (setMyCommands)
cmd-start = Start and introduction
cmd-help = What the bot can do
cmd-country = A partner’s commitments
cmd-pillar = Pillars of support
cmd-language = Change language

## Bot profile
bot-description = Guarantor tracks the security commitments made to Ukraine under the G7 Joint Declaration of Support (Vilnius, 12 July 2023) and the bilateral security agreements that followed: who signed, when, what they pledged, with sources.
bot-short-description = Who committed what to Ukraine’s security — agreements, pledges, sources.

## Stray input
unhandled-button = This button is no longer active. Please send the command again.
unhandled-message = I did not understand that. Try /help, or ask e.g. <i>When did Japan sign?</i>
unhandled-file = I can’t read files, pictures or voice messages. Send /help to see what I can do, or ask in words, e.g. <i>When did Japan sign?</i>
