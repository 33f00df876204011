### reviewed: yes
## Digital security check. For every item: hygiene-<item> (the question),
## hygiene-<item>-tip (said after "no" or "not sure"), hygiene-next-<item>
## (one line in the list of next steps). Sources: docs/CONTENT_SOURCES.md.

hygiene-title = Digital security check
hygiene-description = Quick questions about your accounts, devices and messages, with the next steps that matter most.
hygiene-intro =
    Let's check the basics that protect you online: quick questions about your accounts, devices and messages. It takes about 5 minutes, and there are no wrong answers.
    Answer **yes**, **no** or **not sure**. After a "no" or "not sure" I will give you a short tip.
    Type **mentor** at any time to reach a person.

## Accounts
hygiene-passwords =
    🔑 Accounts
    Do you use a different, strong password for each important account — for example with a password manager?
hygiene-passwords-tip = Reused passwords are one of the most common ways accounts are taken over: when one site leaks, attackers try the same password everywhere. A password manager (such as Bitwarden or KeePassXC) creates and remembers a long, unique password for each account, behind one strong passphrase that only you know. Start with your email, then your messaging and social media accounts.
hygiene-next-passwords = Use a password manager and give your email and main accounts unique passwords.

hygiene-twofactor = Is two-step login (two-factor authentication) turned on for your email, messaging and social media accounts — with an app or a security key rather than SMS codes?
hygiene-twofactor-tip = Two-step login stops most account takeovers, even when a password leaks. Turn it on in each account's security settings, starting with your email. Prefer an authenticator app or a security key: codes sent by SMS can be intercepted, or stolen by taking over your phone number. Keep the backup codes somewhere safe, offline.
hygiene-next-twofactor = Turn on two-step login with an authenticator app, starting with your email.

hygiene-recovery = In the last few months, have you checked the recovery email and phone number of your accounts, and your email's forwarding rules?
hygiene-recovery-tip = Someone who gets into an account once often adds their own recovery address or a hidden forwarding rule, so they can keep reading your mail. In each important account, check that the recovery email and phone number are yours and still work. In your email settings, remove any forwarding or filter that you did not create.
hygiene-next-recovery = Check the recovery email, phone number and forwarding rules of your main accounts.

hygiene-sessions = Have you recently looked at which devices are logged in to your accounts, and logged out the ones you don't recognise?
hygiene-sessions-tip = Most services (email, Signal, WhatsApp, Telegram, Facebook…) list the active sessions or linked devices in their settings. Look for devices, places or browsers you don't recognise, log them out, then change that account's password. Check again from time to time, and always after a phone is lost or taken.
hygiene-next-sessions = Review the logged-in devices of your accounts and log out the ones you don't know.

## Devices
hygiene-updates =
    📱 Devices
    Are your phone and computer set to install system and app updates, and do you install them soon?
hygiene-updates-tip = Updates close security holes that attackers — including sellers of spyware — actively use. Turn on automatic updates for your phone, computer, browser and apps, and restart when asked. If a device no longer receives updates, avoid using it for sensitive work and plan to replace it.
hygiene-next-updates = Turn on automatic updates on your phone and computer, and install what is waiting.

hygiene-screenlock = Do your phone and computer lock by themselves after a short time, with a strong PIN or password?
hygiene-screenlock-tip = A screen lock is what stands between your data and anyone who picks up your device. Use a PIN of at least 6 digits, or a password, and let the screen lock after a minute or two. Patterns are easy to see over your shoulder. Where you could be forced to unlock your phone, a fingerprint or your face is easier to force than a code you keep in your head.
hygiene-next-screenlock = Set a strong PIN or password and automatic locking on your phone and computer.

hygiene-encryption = Is full-disk encryption turned on on your computer (for example FileVault on a Mac, BitLocker on Windows)?
hygiene-encryption-tip = Full-disk encryption keeps your files unreadable when a device is lost, stolen or seized while it is switched off. On a Mac, turn on FileVault; on Windows, BitLocker or Device Encryption; on Linux, choose encryption when you install it. Recent phones are encrypted once a PIN or password is set. Keep the recovery key in a safe place — not on the same device.
hygiene-next-encryption = Turn on full-disk encryption on your computer and keep the recovery key safe.

hygiene-permissions = Have you checked which apps may use your location, microphone, camera and contacts, and switched off what they don't need?
hygiene-permissions-tip = Apps often ask for more than they need, and a location history can show where you live, work and meet people. In your phone's privacy settings, go through location, microphone, camera and contacts, and remove access from apps that don't need it. Delete apps you no longer use, and turn location off when you don't need it.
hygiene-next-permissions = Review app permissions (location, microphone, camera, contacts) and delete unused apps.

## Messaging
hygiene-messaging =
    💬 Messaging
    For sensitive conversations, do you use an end-to-end encrypted app, such as Signal?
hygiene-messaging-tip = End-to-end encryption means that only you and the people you write to can read the messages — not the company, not the mobile operator. Signal does this for everything, by default. WhatsApp encrypts messages but collects more about who you talk to. SMS, ordinary phone calls and Telegram's normal chats are not end-to-end encrypted. Agree with your contacts on one app for sensitive conversations.
hygiene-next-messaging = Move sensitive conversations to an end-to-end encrypted app such as Signal.

hygiene-disappearing = Do you use disappearing messages for sensitive chats, so that old messages don't pile up on your phone?
hygiene-disappearing-tip = If your phone is taken or broken into, every old message can be read — and can put your contacts at risk too. In Signal, WhatsApp and similar apps, you can make messages disappear after a day or a week, per chat or for all new chats. The other person can still take a screenshot, so this is one layer, not a guarantee.
hygiene-next-disappearing = Turn on disappearing messages for your sensitive chats.

## Phishing
hygiene-phishing =
    🎣 Phishing
    Before you open a link or an attachment, or type a password, do you check that the message really comes from who it claims — especially when it is unexpected or urgent?
hygiene-phishing-tip = Phishing — fake messages that trick you into giving a password or installing spyware — is one of the most common attacks against activists. Be wary of any message that pushes you to act fast, even from someone you know. Check the sender's address, and never type a password after following a link: go to the site yourself. When in doubt, ask the sender through another channel, or show the message to a mentor.
hygiene-next-phishing = Pause before you click: check unexpected links and attachments, and ask when in doubt.

## Backups
hygiene-backups =
    💾 Backups
    Do you keep an encrypted backup of your important files and contacts, and have you checked that you can restore it?
hygiene-backups-tip = With a backup, a lost, broken or seized device does not cost you your work. Keep a copy of what matters on an encrypted external drive or an end-to-end encrypted service, stored in a different place from your devices, and try once to restore it. Also think about what you really need to keep: some data is safer deleted.
hygiene-next-backups = Make an encrypted backup of your important files and keep it apart from your devices.

## Phone number
hygiene-simswap =
    📶 Your phone number
    Have you asked your mobile provider to protect your number with a PIN or password, so that nobody can move it to another SIM card?
hygiene-simswap-tip = In a "SIM swap", someone persuades your mobile provider to move your number to their SIM card, and then receives your calls and SMS codes. Ask your provider to add a PIN or password to your account, or to block number transfers, if they offer it. Set a PIN on the SIM card itself too, and use an authenticator app rather than SMS for two-step login.
hygiene-next-simswap = Ask your mobile provider for an account PIN that blocks SIM swaps.

## Borders and seizure
hygiene-border =
    🛂 Borders and seizure
    When you cross a border, or if your devices could be taken, do you prepare — for example by carrying less data, logging out of sensitive accounts and switching devices off?
hygiene-border-tip = At borders, checkpoints and arrests, devices can be searched or taken. Before you travel, carry only what you need (or a separate travel phone), back up and remove sensitive data, log out of sensitive apps, and switch your devices fully off before the crossing so that encryption protects them. Decide beforehand what you will do if asked to unlock, and who to alert if you are held. A mentor can help you plan.
hygiene-next-border = Prepare for border crossings and seizure: carry less, log out, switch off.

## Result
hygiene-all-good =
    Well done: you answered yes to { $total ->
        [1] the only question
       *[other] all { $total } questions
    }. Keep these habits, and run this check again from time to time, as things change.
hygiene-summary =
    { $score ->
        [0] None of these { $total } practices is in place yet — that is very common, and every single step helps.
       *[other] You already follow { $score } of the { $total } { $total ->
            [one] practice
           *[other] practices
        } we checked.
    }
    The most important next steps:
hygiene-offer-reminder = Would you like a reminder in 3 days, to go through what is left?
hygiene-reminder-invite = Hello again. A few days ago we went through a digital security check together. Would you like to go through it again now and see what has changed?
hygiene-reminder-set = Done: I will write to you in 3 days.
hygiene-offer-mentor = Would you like a mentor to help you with these steps?
hygiene-mentor-reason = Would like help with digital security after the hygiene check.
hygiene-mentor-done = Thank you. A mentor has been told and will write to you here. They see your answers to this check, under a pseudonym. Type **menu** to see what else I can do.
hygiene-done = Thank you for taking the time — every step counts. Type **menu** to see what else I can do, or **mentor** to reach a person.
