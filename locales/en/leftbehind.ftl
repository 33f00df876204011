### reviewed: yes
## What was left behind: a digital check for people who left their country.
leftbehind-title = What was left behind
leftbehind-description = For people who left their country: devices, SIM card, shared accounts, old backups and location that may still give you away.
leftbehind-intro =
    When you leave, parts of your digital life stay behind: a phone with family, a SIM card the state can reissue, a shared family account, old backups. Six quick questions, with a short tip after each "no" or "not sure".
    Answer **yes**, **no**, **not sure** or **does not apply**. Type **mentor** at any time to reach a person.
leftbehind-devices =
    📱 Devices
    A phone, computer or tablet that you left with family or at home, or that was taken from you, may still be logged in to your accounts. Have you signed such devices out of your email, cloud and social media accounts?
leftbehind-devices-tip = From a device you have now, open the security settings of your email, your Google, Apple or Microsoft account and your social media, look for "devices" or "where you're logged in", and sign out everything you no longer hold. Then change those passwords. If a device was seized, assume that what was on it can be read, and, if it is safe, warn the people whose messages and numbers were on it.
leftbehind-next-devices = Sign out the devices you left behind or lost, and change those passwords.
leftbehind-linked =
    💬 Linked devices
    WhatsApp, Signal and Telegram can stay open on other devices — a computer, a tablet, a browser. Have you checked their linked devices and removed every one you don't hold in your hand?
leftbehind-linked-tip = Whoever holds a linked device can read your new messages on it. In WhatsApp and Signal: Settings → Linked devices; in Telegram: Settings → Devices → Terminate all other sessions. Remove everything you don't hold in your hand, and check again after any border crossing or arrest.
leftbehind-next-linked = Remove the linked devices of WhatsApp, Signal and Telegram that you don't hold.
leftbehind-sim =
    📶 Your home-country number
    The authorities can have your home-country SIM card reissued to someone else, who then receives your codes. Have you moved your accounts' login codes and recovery away from that number, and protected your messaging apps with their PIN?
leftbehind-sim-tip = Move two-step login to an authenticator app or a passkey, and replace the recovery phone with a number or email you control where you live now. In Signal turn on Registration Lock, in WhatsApp two-step verification, in Telegram a cloud password: then your number alone does not open your account. If you keep the old number, keep it paid so that it is not given to someone else — but don't rely on it for anything.
leftbehind-next-sim = Move login codes and recovery off your home-country number, and turn on the messaging apps' PINs.
leftbehind-shared =
    👪 Shared accounts
    Have you checked the accounts you share with family back home — a family email, a shared cloud or photo album, a family plan — so that they don't expose you, or them?
leftbehind-shared-tip = A shared account links you to everyone who uses it: what one person sees, the others — or whoever takes their phone — can see too. Leave shared albums and family plans (or ask family to remove you), keep your work out of shared accounts, and agree with family on what is safe to share and to say.
leftbehind-next-shared = Leave the shared family accounts, albums and plans that could expose you or them.
leftbehind-backups =
    💾 Old backups
    Have you dealt with old backups that stayed in your home country — on a computer, an external drive, or an old cloud account?
leftbehind-backups-tip = Old backups can hold years of messages, contacts and photos. Delete the old cloud backups you no longer need (iCloud, Google, WhatsApp). For drives and computers left with family, ask someone you trust to hand them over or destroy them — only if that is safe for them. Assume that whatever was on a seized drive is known.
leftbehind-next-backups = Delete old cloud backups, and deal with drives left at home, only where it is safe for family.
leftbehind-location =
    📍 Location
    Have you turned off location history and location sharing that could show where you live now — Google Maps Timeline, Find My, family-locator apps, live location shared with family?
leftbehind-location-tip = Location history and sharing can show your new address to anyone who gets into your account or into a relative's phone. Turn off and delete Google Maps Timeline, stop sharing your location in Find My, Google Maps, WhatsApp and Telegram, and check family-tracking apps and what relatives' phones can see.
leftbehind-next-location = Turn off location history, and stop sharing your location with phones back home.
leftbehind-none-apply = None of this applied to you. If something changes, come back to this check.
leftbehind-all-good =
    Well done: you have already taken care of { $total ->
        [1] the one thing that applied to you
       *[other] all { $total } things that applied to you
    }.
leftbehind-summary =
    { $score ->
        [0] None of these steps is done yet — that is very common after leaving, and each one helps.
       *[other] You have already done { $score } of the { $total } { $total ->
            [one] step
           *[other] steps
        } that apply to you.
    }
    The most important next steps:
leftbehind-offer-mentor = Would you like someone from the team to help you with this?
leftbehind-mentor-reason = Would like help with what was left behind (devices, SIM card, shared accounts).
leftbehind-mentor-done = Thank you. I have told the team. Someone from the team will read this as soon as they can and write to you here; they see your answers to this check, under a pseudonym. Type **menu** to see what else I can do.
leftbehind-done = Thank you. Every step here protects you, and the people you left. Type **menu** for other options, or **mentor** at any time to reach a person.
