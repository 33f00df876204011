### reviewed: yes
## Digital security check. For every item: hygiene-<item> (the question),
## hygiene-<item>-tip (said after "no" or "not sure"), hygiene-next-<item>
## (one line in the list of next steps). Sources: docs/CONTENT_SOURCES.md.

hygiene-title = Digital security check
hygiene-description = Quick questions about your accounts, phone number, devices, location and messages, with the next steps that matter most.
hygiene-intro =
    Let's check the basics that protect you online: quick questions about your accounts, devices and messages. It takes about 7 minutes, and there are no wrong answers.
    Answer **yes**, **no**, **not sure** or **does not apply**. After a "no" or "not sure" I will give you a short tip; what does not apply to you does not count.
    Type **mentor** at any time to reach a person.
hygiene-devices = First: which devices do you use, for your work and your life?
hygiene-devices-phone = A phone only
    .synonyms = phone, phone only, only a phone
hygiene-devices-both = A phone and a computer
    .synonyms = both, phone and computer
hygiene-devices-computer = A computer only
    .synonyms = computer, computer only, only a computer, laptop

## Accounts
hygiene-passwords =
    🔑 Accounts
    Do you use a different, strong password for each important account — for example with a password manager?
hygiene-passwords-tip = Reused passwords are one of the most common ways accounts are taken over: when one site leaks, attackers try the same password everywhere. A password manager (such as Bitwarden or KeePassXC) creates and remembers a long, unique password for each account, behind one strong passphrase that only you know. Start with your email, then your messaging and social media accounts.
hygiene-next-passwords = Use a password manager and give your email and main accounts unique passwords.
hygiene-twofactor = Is two-step login turned on for your email, messaging and social media accounts — with a passkey, a security key or an authenticator app rather than SMS codes?
hygiene-twofactor-tip = Two-step login stops most account takeovers, even when a password leaks. Turn it on in each account's security settings, starting with your email. Where a service offers passkeys, use them: like security keys, they cannot be phished. Otherwise use an authenticator app: codes sent by SMS can be intercepted, or stolen by taking over your number. Keep the backup codes somewhere safe, offline.
hygiene-next-twofactor = Turn on two-step login with a passkey, a security key or an authenticator app, starting with your email.
hygiene-sessions = In the last few months, have you checked which devices are logged in to your main accounts, and that their recovery email and phone number are still yours?
hygiene-sessions-tip = Someone who gets into an account once often stays: through a session you forgot, their own recovery address, or a hidden forwarding rule in your email. In each important account's security settings, log out the devices you don't recognise or no longer have, check that the recovery email and phone are yours and still work, and remove email forwarding or filters you did not create. Then change that account's password.
hygiene-next-sessions = Check your main accounts' logged-in devices, recovery email and phone, and forwarding rules.

## Phone number
hygiene-pins =
    📶 Your phone number
    Have you turned on the PIN that protects your messaging apps if someone gets your phone number — Signal's registration lock, WhatsApp's two-step verification, Telegram's cloud password?
hygiene-pins-tip = A phone company can be tricked, pressured or ordered to give your number to someone else — and a state-run operator can simply reissue your SIM card. A PIN with the operator does not protect you from that. What does: in Signal, turn on Registration Lock (Settings → Account); in WhatsApp, Two-step verification (Settings → Account); in Telegram, Two-Step Verification with a cloud password (Settings → Privacy and Security). Then nobody can move your account to a new phone without that PIN. Also move two-step login away from SMS, and don't keep a number you could lose as your accounts' recovery phone.
hygiene-next-pins = Turn on the registration PIN of Signal, WhatsApp and Telegram, and move logins off SMS codes.

## Devices
hygiene-updates =
    📱 Devices
    Are your phone and computer set to install system and app updates, do you install them soon — and do you restart your phone from time to time?
hygiene-updates-tip = Updates close security holes that attackers — including sellers of spyware — actively use. Turn on automatic updates for your phone, computer, browser and apps, and restart when asked. Restarting your phone regularly, for example once a day, also clears some spyware that does not survive a restart. If a device no longer receives updates, avoid using it for sensitive work and plan to replace it.
hygiene-next-updates = Turn on automatic updates, install what is waiting, and restart your phone regularly.
hygiene-screenlock = Do your phone and computer lock by themselves after a short time, with a strong PIN or password?
hygiene-screenlock-tip = A screen lock is what stands between your data and anyone who picks up your device. Use a PIN of at least 6 digits, or a password, and let the screen lock after a minute or two. Patterns are easy to see over your shoulder. Where you could be forced to unlock your phone, a fingerprint or your face is easier to force than a code you keep in your head.
hygiene-next-screenlock = Set a strong PIN or password and automatic locking on your phone and computer.
hygiene-encryption = Is full-disk encryption turned on on your computer (for example FileVault on a Mac, BitLocker or Device Encryption on Windows)?
hygiene-encryption-tip = Full-disk encryption keeps your files unreadable when a device is lost, stolen or seized while it is switched off. On a Mac, turn on FileVault; on Windows, BitLocker or Device Encryption; on Linux, choose encryption when you install it. Recent phones are encrypted once a PIN or password is set. Keep the recovery key in a safe place — not on the same device.
hygiene-next-encryption = Turn on full-disk encryption on your computer and keep the recovery key safe.
hygiene-lockdown = Have you turned on your phone's strongest protection against spyware — Lockdown Mode on an iPhone, or Advanced Protection on an Android phone?
hygiene-lockdown-tip = Spyware sold to governments often gets in without a single click, through messages, calls or web pages. Lockdown Mode (iPhone: Settings → Privacy & Security) and Advanced Protection (recent Android phones, in the security settings; and Google's Advanced Protection Program for your Google account) switch off what these attacks use most. Some things then work differently — certain attachments, links and calls — and you can make exceptions for apps and sites you trust. Helplines recommend it to people at high risk.
hygiene-next-lockdown = Turn on Lockdown Mode (iPhone) or Advanced Protection (Android).
hygiene-spyware = Do you know what may point to spyware on your phone, and what to do if Apple, Google or Meta warns you about state-sponsored attackers?
hygiene-spyware-tip = Spyware is hard to spot: the best tools leave almost no trace, and a warm phone or a drained battery usually means nothing. What to take seriously: a threat notification from Apple, Google or Meta (Apple sends it by email and iMessage and shows it when you sign in at appleid.apple.com — it never asks you to click a link or install anything), a link that seems made just for you, or accounts acting strangely. If that happens, don't reset the phone, use another device for sensitive conversations, and contact a mentor or the Access Now Helpline (https://www.accessnow.org/help/): they can check it.
hygiene-next-spyware = Learn what may point to spyware, and what to do after a threat notification.

## Location and tracking
hygiene-location =
    📍 Location and tracking
    Have you checked who can see where you are — location shared with people and apps, app permissions — and whether an unknown tracker (such as an AirTag) or a tracking app could be following you?
hygiene-location-tip = Your location shows where you live, work and meet people. Check who you share it with (Find My, Google Maps, WhatsApp or Telegram live location, family-locator apps), and which apps may use your location, microphone and camera. Phones warn you when an unknown AirTag or tracker travels with you: take those alerts seriously; on Android you can also scan for trackers in the safety settings. If you suspect that a partner or relative installed a tracking app ("stalkerware"), think before removing it — they may notice. A mentor can help you plan.
hygiene-next-location = Check location sharing, app permissions and alerts about unknown trackers.

## Messages and backups
hygiene-messaging =
    💬 Messages and backups
    For sensitive conversations, do you use an end-to-end encrypted app such as Signal, with disappearing messages turned on?
hygiene-messaging-tip = End-to-end encryption means that only you and the people you write to can read the messages — not the company, not the mobile operator. Signal does this for everything, by default; SMS, ordinary calls and Telegram's normal chats are not end-to-end encrypted. Disappearing messages (after a day or a week) keep old messages from piling up on a phone that could be taken — old messages can put your contacts at risk too. The other person can still take a screenshot, so this is one layer, not a guarantee.
hygiene-next-messaging = Use Signal (or another end-to-end encrypted app) with disappearing messages for sensitive chats.
hygiene-backups = Is your backup of important files, contacts and chats encrypted end to end — and do you know what your phone's default cloud backup contains?
hygiene-backups-tip = Many backups can be read by the company, and by anyone who can make it hand them over: an iCloud backup unless Advanced Data Protection is on, WhatsApp chat backups unless end-to-end encrypted backup is on, and ordinary files in Google Drive, Google Photos, OneDrive or Dropbox. Turn on Advanced Data Protection (iPhone) and WhatsApp's end-to-end encrypted backup, or keep your backup on an encrypted drive stored away from your devices, and try once to restore it. Also ask yourself what you really need to keep: some data is safer deleted.
hygiene-next-backups = Make your backups end-to-end encrypted (iCloud Advanced Data Protection, WhatsApp encrypted backup) or keep them on an encrypted drive.

## Phishing
hygiene-phishing =
    🎣 Phishing
    Before you open a link or an attachment, or type a password, do you check that the message really comes from who it claims — especially when it is unexpected or urgent?
hygiene-phishing-tip = Phishing — fake messages that trick you into giving a password or installing spyware — is one of the most common attacks against activists. Be wary of any message that pushes you to act fast, even from someone you know. Check the sender's address, and never type a password after following a link: go to the site yourself. When in doubt, ask the sender through another channel, or show the message to a mentor.
hygiene-next-phishing = Pause before you click: check unexpected links and attachments, and ask when in doubt.

## Identities and photos
hygiene-identities =
    🪪 Identities and photos
    Where it matters, do you keep your activist life and your private life apart online — separate accounts, numbers or profiles, so that one does not lead to the other?
hygiene-identities-tip = When your activism and your private life share one account, one phone number or one profile photo, finding one finds the other — and your family and friends with it. Where it matters, use a separate account (and, if you can, a separate number) for your activism, don't reuse the same username or photo, keep your friends and contacts lists private, and look at what a search for your name shows.
hygiene-next-identities = Keep your activist and private accounts apart: separate accounts, usernames and photos.
hygiene-photos = Before you share a photo or a video, do you check what it could reveal — the location stored in the file, faces, street signs, reflections?
hygiene-photos-tip = Photos can carry hidden data (metadata), such as where and when they were taken and with which phone. Signal and most social networks remove it when you send or post a photo, but email, cloud links and "send as a file" usually keep it. Turn off location in your camera settings; check backgrounds, faces, street names and reflections; and blur the faces of people who could be put at risk (Signal has a blur tool).
hygiene-next-photos = Turn off location in your camera, and check photos for faces and places before sharing.

## Borders and seizure
hygiene-border =
    🛂 Borders and seizure
    When you cross a border, or if your devices could be taken, do you prepare — for example by carrying less data, logging out of sensitive accounts and switching devices off?
hygiene-border-tip = At borders, checkpoints and arrests, devices can be searched or taken. Before you travel, carry only what you need (or a separate travel phone), back up and remove sensitive data, log out of sensitive apps, and switch your devices fully off before the crossing so that encryption protects them. Decide beforehand what you will do if asked to unlock, and who to alert if you are held. A mentor can help you plan.
hygiene-next-border = Prepare for border crossings and seizure: carry less, log out, switch off.

## Result
hygiene-none-apply = None of these questions applied to you, so there is nothing to change today. If your situation changes, run this check again.
hygiene-all-good =
    Well done: you answered yes to { $total ->
        [1] the only question that applies to you
       *[other] all { $total } questions that apply to you
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
hygiene-offer-leftbehind = One more thing: if you left your country, or left a phone, a SIM card or shared accounts behind, there is a short check just for that. Would you like to do it now?
hygiene-offer-mentor = Would you like a mentor to help you with these steps?
hygiene-mentor-reason = Would like help with digital security after the hygiene check.
hygiene-mentor-done = Thank you. I have told the team. Someone from the team will read this as soon as they can and write to you here; they see your answers to this check, under a pseudonym. Type **menu** to see what else I can do.
hygiene-done = Thank you for taking the time — every step counts. Type **menu** to see what else I can do, or **mentor** to reach a person.
