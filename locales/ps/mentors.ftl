### reviewed: no
## سلاکاران. د سلاکارانو د خونې متنونه په اصلي (default) ژبه ښودل کېږي؛ هغه متنونه چې په
## `mentor-person-` پیلېږي د کس لپاره دي، د هغه په خپله ژبه. پېژندنې او { $placeables } وساتئ؛
## امرونه لکه `!claim` همداسې پرېږدئ (سلاکاران یې په انګلیسي لیکي).

## د سلاکارانو په خونه کې د دوسیې کارت.

mentor-card-title = نوې دوسیه **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }**: له هماغه کس نه نوې غوښتنه · { $urgency } · { $flow }
mentor-card-status-open = حالت: د سلاکار په تمه.
mentor-card-status-claimed = حالت: { $mentor } اخیستې ده.
mentor-card-status-closed = حالت: تړل شوې.
mentor-card-reason = ولې: { $reason }
mentor-card-who = څوک: { $who }
mentor-card-pseudonymous = { $case } (په مستعار نوم)
mentor-card-erased = دې کس خپل معلومات پاک کړي دي: دا چې څوک دی او څه یې شریک کړي وو، نور نه ساتل کېږي.
mentor-card-shared = هغه څه چې یې د شریکولو اجازه ورکړې:
mentor-card-not-shared = نه یې دي غوښتي چې خپل ځوابونه شریک کړي.
mentor-card-files = { $count ->
    [one] یو فایل د دې دوسیې په تار (thread) کې راځي.
   *[other] { $count } فایلونه د دې دوسیې په تار (thread) کې راځي.
}
mentor-card-howto = د دوسیې د اخیستو لپاره `!claim { $number }` ولیکئ. کس ته د لیکلو لپاره، د کارت په تار کې ځواب ورکړئ.
mentor-urgency-normal = عادي
mentor-urgency-high = لوړ
mentor-urgency-urgent = 🔴 بېړنی
mentor-answer-skipped = (ځواب نه دی ورکړل شوی)
mentor-answer-file = (یو فایل، په تار کې)
mentor-flow-unknown = یوې خبرې اترې

## د بېړنیو دوسیو یادونې (بوټ پخپله @room ورزیاتوي).

mentor-reping = **{ $case }** بېړنۍ ده او { $minutes } دقیقې یې د سلاکار انتظار ایستلی. د اخیستو لپاره یې `!claim { $number }` ولیکئ.
mentor-urgent-now = **{ $case }** اوس بېړنۍ ده. د اخیستو لپاره یې `!claim { $number }` ولیکئ.
mentor-reping-high = **{ $case }** (لوړه) { $minutes } دقیقې د سلاکار په انتظار ده. د اخیستو لپاره یې `!claim { $number }` ولیکئ.
mentor-still-unclaimed = **{ $case }** لا هم د سلاکار په انتظار ده، له { $count } یادونو او { $minutes } دقیقو وروسته. دا په دې خونه کې وروستۍ یادونه وه؛ `!cases` پرانیستې غوښتنې ښيي.

## د سلاکارانو امرونو ته ځوابونه.

mentor-claimed = { $case } اوس { $mentor } اخیستې ده.
mentor-claimed-already = { $case } مخکې { $mentor } اخیستې ده. د هغې د اخیستو لپاره: `!assign { $number } { $you }`
mentor-claimed-yours = { $case } مخکې له مخکې ستاسو ده.
mentor-released = { $case } بیا خلاصه ده، د سلاکار په تمه.
mentor-released-not-claimed = { $case } هېچا نه ده اخیستې.
mentor-assigned = { $case } اوس { $mentor } ته وسپارل شوه.
mentor-not-member = { $mentor } دې خونې ته نه دی راغلی. لومړی یې راوبولئ.
mentor-note-added = یادښت له { $case } سره وساتل شو. هېڅکله کس ته نه ښودل کېږي.
mentor-closed = { $case } وتړل شوه. کس خبر شو، او ترې وپوښتل شول چې آیا مرسته یې وکړه.
mentor-closed-already = { $case } تړل شوې ده.
mentor-case-closed-no-relay = { $case } تړل شوې ده: ستاسو پیغام ونه لېږل شو.
mentor-case-unreachable = { $case } نور کس ته نه رسېږي: کس خپل معلومات پاک کړي دي.
mentor-revealed = له اوس وروسته، په { $case } کې ستاسو پیغامونه کس ته ستاسو د Matrix پېژند ښيي.
mentor-unknown-case = { $number } دوسیه نشته. `!cases` خلاصې دوسیې لېست کوي.
mentor-unknown-command = `{ $command }` نه پېژنم. `!help` هغه څه لېست کوي چې پرې پوهېږم.
mentor-usage = داسې یې ولیکئ: `{ $usage }`
mentor-help =
    امرونه، په دې خونه کې (د دوسیې شمېره `42` یا `C-0042` لیکل کېږي؛ د یوې دوسیې په تار کې پرېښودل کېدای شي):

    - `!cases`: خلاصې دوسیې، لومړی تر ټولو بېړنۍ
    - `!case 42`: د یوې دوسیې جزییات او یادښتونه
    - `!claim 42`: یوه دوسیه اخیستل (کارت ته غبرګون بس نه دی: غبرګونونه کوډ شوي نه دي، او په سرور کې هر څوک یو جعلي جوړولای شي)
    - `!release 42`: بېرته یې ورکول
    - `!assign 42 @name:server`: بل سلاکار ته یې سپارل
    - `!note 42 text`: د ټیم لپاره یادښت، چې هېڅکله کس ته نه ښودل کېږي
    - `!close 42 [note]`: تړل؛ کس خبرېږي او ترې پوښتل کېږي چې آیا مرسته یې وکړه
    - `!reveal 42`: له خپلو پیغامونو سره کس ته خپل د Matrix پېژند ښودل
    - `!handoff 42`: ستاسو او د کس ترمنځ نوې کوډ شوې خبرې اترې (لومړی له کس نه پوښتل کېږي، مګر دا چې خپل نوم یې شریک کړی وي)
    - `!oncall on` / `!oncall off`: کله چې یوه بېړنۍ غوښتنه پرته له سلاکار انتظار کوي، مستقیم پیغام ترلاسه کړئ
    - `!oncall`: اوس څوک نوکریوال دی، او د نوکرۍ مهالوېش
    - `!followup 42 in 3d [متن]` یا `!followup 42 on 2026-12-03 10:00 [متن]` (د هغه په وخت): په هغه وخت کې د «ستاسو سلاکار» له خوا ورته لیکم
    - `!followups 42`: د یوې دوسیې پلان شوې تعقیبونې؛ `!followup cancel 7` یوه لغوه کوي
    - `!plan 42`: د هغه کس د ساتنې پلان، د دوسیې په تار کې — یوازې وروسته له دې چې هو یې وویل (که اړتیا وي، ترې پوښتنه کوم)
    - `!suggest 42 متن`: ترې پوښتم چې دا ګام خپل پلان ته ورزیات کړي که نه
    - `!identity`: بدلې شوې امنیتي کیلي چې په تمه کې دي؛ `!identity approve P-1234` وروسته له دې چې له کس سره مو له بلې لارې وکتل

    کس ته د لیکلو لپاره د دوسیې په تار کې ځواب ورکړئ؛ هغه څه چې کس لیکي، همدلته بېرته راځي.

## Follow-ups mentors ask for (`!followup`): times on the person's clock, and in UTC.

mentor-followup-set = تعقیب { $number } د { $case } لپاره: { $when } د هغه په وخت ({ $zone })، { $utc }. هغه به یې د «ستاسو سلاکار» له خوا ولولي، ستاسو د ماتریکس پېژند پرته.
mentor-followup-quiet = هغه وخت چې تاسو ورکړ د هغه په ارامو ساعتونو کې دی، نو کله چې هغه پای ته ورسېږي لېږل کېږي (پورته وخت).
mentor-followup-paused = هغه یادونې ودرولې دي: تعقیب به تر هغه انتظار وکړي چې بیا یې فعالې کړي.
mentor-followup-bad-time = پوه نه شوم چې کله. داسې یې ولیکئ: `!followup 42 in 3d [متن]` یا `!followup 42 on 2026-12-03 10:00 [متن]` (د هغه په وخت)، تر یو کال پورې.
mentor-followup-past = { $when } ({ $zone }) د هغه په وخت تېر شوی دی.
mentor-followup-unknown = د سلاکارانو له خوا د { $number } شمېرې پلان شوی تعقیب نشته. `!followups 42` د یوې دوسیې تعقیبونه ښيي.
mentor-followup-cancelled = تعقیب { $number } ({ $case }) لغوه شو.
mentor-followups-none = د { $case } لپاره هېڅ تعقیب نه دی پلان شوی.
mentor-followups-head = د { $case } لپاره پلان شوي تعقیبونه:
mentor-followups-line = #{ $number } · { $when } ({ $zone }) · { $utc } · { $text }
mentor-followup-no-text = (پرته له متن: ترې پوښتل کېږي چې څنګه دی)
mentor-followup-delivered = { $case }: تعقیب { $number } هغه ته ورسېد.
mentor-followup-cancelled-by-them = { $case }: هغه تعقیب { $number } لغوه کړ.

## لېستونه او جزییات.

mentor-cases-none = هېڅ خلاصه دوسیه نشته.
mentor-cases-head = خلاصې دوسیې، لومړی تر ټولو بېړنۍ، بیا تر ټولو زړې:
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = په تمه
mentor-status-claimed = { $mentor } اخیستې
mentor-status-closed = تړل شوې
mentor-age-minutes = { $count } دقیقې مخکې
mentor-age-hours = { $count } ساعته مخکې
mentor-age-days = { $count ->
    [one] { $count } ورځ مخکې
   *[other] { $count } ورځې مخکې
}
mentor-case-opened-at = پرانیستل شوې: { $age }.
mentor-case-notes = یادښتونه:
mentor-case-handoff-asked = مستقیمې خبرې اترې وړاندیز شوې؛ د کس ځواب ته په تمه.
mentor-case-handoff-approved = مستقیمې خبرې اترې ومنل شوې؛ جوړېږي.
mentor-case-handoff-created = له کس سره مستقیمې خبرې اترې شته.
mentor-case-handoff-declined = کس غوره وګڼله چې مستقیمې خبرې اترې ونه لري.
mentor-case-handoff-failed = مستقیمې خبرې اترې جوړې نه شوې.

## هغه څه چې کس یې کوي، لکه څنګه چې سلاکاران یې ویني (د دوسیې په تار کې).

mentor-relay-from = { $case }:
mentor-relay-from-edited = { $case } (سم شوی):
mentor-relay-file = { $case } یو فایل واستاوه؛ په همدې تار کې راځي.
mentor-asked-again = { $case }: بیا یې د یو انسان غوښتنه وکړه.
mentor-feedback-yes = { $case }: ویې ویل چې مرسته یې وکړه.
mentor-feedback-no = { $case }: ویې ویل چې مرسته یې ونه کړه.
mentor-anonymised = { $case }: کس خپل معلومات پاک کړل. دوسیه وتړل شوه؛ یادښتونه ساتل کېږي.
mentor-file-gone = { $case }: یو فایل نور نه ساتل کېږي (پاک شوی، یا د ساتلو موده یې تېره شوې).
mentor-file-not-cleaned = { $case }: راتلونکی فایل ښايي لا هم پټ معلومات ولري، لکه چېرته او په کوم ټیلیفون جوړ شوی؛ بوټ ونه شو کولای هغه لرې کړي. په احتیاط یې پرانیزئ، په داسې وسیله چې باور پرې لرئ.

## مستقیمې خبرې اترې (سپارل).

mentor-handoff-asked = { $case }: له کس نه مې وپوښتل چې آیا له تاسو سره مستقیمو خبرو اترو ته چمتو دی.
mentor-handoff-agreed = { $case }: مستقیمې خبرې اترې ومنل شوې؛ جوړوم یې.
mentor-handoff-declined = { $case }: کس غوره ګڼي چې همدلته پاتې شي. په همدې تار کې لیکلو ته دوام ورکړئ.
mentor-handoff-created = { $case }: له کس او { $mentor } سره نوې کوډ شوې خبرې اترې جوړې شوې؛ دواړه رابلل شوي.
mentor-handoff-failed = { $case }: مستقیمې خبرې اترې جوړې نه شوې. وروسته بیا `!handoff { $number }` وازمویئ.

## بدلې شوې امنیتي کیلي (د سلاکارانو او مدیرانو لپاره).

mentor-identity-held = **{ $who }**: د دې کس د حساب امنیتي کیلي بدله شوې ده. ښايي پخپله وي په نوې وسیله — یا څوک چې د هغه حساب یې نیولی وي. تر هغه چې ستاسو څخه یو څوک له بلې لارې (زنګ، مخامخ) ورسره ونه ګوري او تایید یې نه کړي، نوې کیلي ته هېڅ نه لیږم او څه چې ترې راځي له پامه غورځوم. تایید: `!identity approve { $label }` · په تمه کې ساتل: `!identity reject { $label }`
mentor-identity-no-case = یو کس پرته له خلاصې دوسیې ({ $label })
mentor-identity-none = هېڅ بدله شوې امنیتي کیلي په تمه کې نه ده.
mentor-identity-head = بدلې شوې امنیتي کیلي، په تمه کې:
mentor-identity-line = { $label } · { $status } · { $age }
mentor-identity-status-pending = د پرېکړې په تمه
mentor-identity-status-rejected = رد شوې، لا هم په تمه کې
mentor-identity-approved = { $label }: تایید شوه. له اوس وروسته په نوې کیلي باور کوم.
mentor-identity-rejected = { $label }: لا هم په تمه کې. نوې کیلي لا هم له پامه غورځوم.
mentor-identity-unknown = د { $label } لاندې هېڅ شی په تمه کې نه دی. `!identity` هغه څه ښيي چې په تمه کې دي.

## د سلاکارانو لیست (د سلاکارانو او مدیرانو لپاره).

mentor-room-unlisted = { $user } د سلاکارانو په خونه کې دی خو د سلاکارانو په لیست (`mentors.members`) کې نه دی: هېڅ دوسیه نه ترلاسه کوي او د هغه امرونه له پامه غورځوم. هغه له خونې وباسئ، یا له یو مدیر وغواړئ چې لیست ته یې ور زیات کړي.

## د کس لپاره، له بوټ سره د هغه په خبرو اترو کې.

mentor-person-opened = ټیم خبر شو. د ټیم یو غړی به دا څومره ژر چې وکولای شي ولولي او همدلته به ځواب درکړي. تر هغه وخته، او تر څو چې له هغه سره خبرې کوئ، هغه څه چې دلته لیکئ هغه ته رسېږي. که غواړئ پر ځای یې له ما، روبوټ، سره خبرې وکړئ، **مینو** ولیکئ.
mentor-person-still-open = ستاسو غوښتنه له ټیم سره ده. د ټیم یو غړی به یې څومره ژر چې وکولای شي ولولي او همدلته به ځواب درکړي. هغه څه چې دلته لیکئ هغه ته رسېږي.
mentor-person-taken = یو سلاکار ستاسو غوښتنه واخیسته او همدلته به درته ولیکي.
mentor-person-says = ستاسو سلاکار:
mentor-person-says-named = ستاسو سلاکار ({ $mentor }):
mentor-person-closed = ستاسو سلاکار دا خبرې اترې وتړلې. آیا مرسته یې درسره وکړه؟ مهرباني وکړئ **هو** یا **نه** ځواب ورکړئ.
mentor-person-thanks = مننه چې راته مو وویل. د هغه څه د لیدو لپاره چې یوځای یې کولای شو **مینو** ولیکئ، یا بیا له یو انسان سره د اړیکې لپاره **سلاکار**.
mentor-person-on-the-way = ټیم ته مې یادونه وکړه چې تاسو انتظار کوئ. د ټیم یو غړی به دا څومره ژر چې وکولای شي ولولي. تر هغه وخته، که همدا اوس مرستې ته اړتیا لرئ:
mentor-person-no-team = بښنه غواړم: همدا اوس د دې خبرو اترو له لارې هیڅ انسان ته لاسرسی نشته، نو ستاسو غوښتنه نشم رسولای. دا خدمتونه په هر وخت کې مرسته کولای شي:
mentor-person-team-unreachable = همدا اوس مې ټیم ته لاسرسی ونه موند، نو اوس مهال هېڅوک د دې خبرو اترو له لارې ځواب نشي ورکولای. ستاسو غوښتنه ساتل کېږي او څنګه چې اړیکه بیا جوړه شي هغوی ته به ورسېږي. دا خدمتونه په هر وخت کې مرسته کولای شي:
mentor-person-handoff-ask = ستاسو سلاکار غواړي له تاسو سره په نویو، خصوصي او کوډ شویو خبرو اترو کې خبرې وکړي. هلته به ستاسو د Matrix نوم ویني. آیا موافق یاست؟ مهرباني وکړئ **هو** یا **نه** ځواب ورکړئ.
mentor-person-handoff-invited = تاسو مې له خپل سلاکار سره نویو کوډ شویو خبرو اترو ته راوبللئ. د مستقیمو خبرو لپاره بلنه ومنئ.
mentor-person-handoff-declined = سمه ده، همدلته پاتې کېږو. ستاسو سلاکار به زما له لارې درته لیکلو ته دوام ورکوي.

## نوکري (`!oncall`) او د زینې مستقیم پیغامونه. مستقیم پیغام یوازې د غوښتنې شمېره وايي —
## هېڅکله کس نه — ځکه چې کېدای شي په تړلې پردې ښکاره شي.

mentor-oncall-on = تاسو اوس نوکریوال یاست: کله چې یوه بېړنۍ غوښتنه پرته له سلاکار انتظار وکړي، په یو مستقیم کوډ شوي پیغام کې به درته ووایم. کله چې بس کړئ `!oncall off` ولیکئ.
mentor-oncall-already-on = تاسو دمخه نوکریوال یاست. د بس کولو لپاره `!oncall off` ولیکئ.
mentor-oncall-off = تاسو نور نوکریوال نه یاست.
mentor-oncall-not-on = تاسو نوکریوال نه وئ.
mentor-oncall-list = اوس نوکریوال: { $names }
mentor-oncall-none = اوس هېڅوک نوکریوال نه دی.
mentor-oncall-rota = د نوکرۍ مهالوېش (له تنظیماتو):
mentor-oncall-howto = `!oncall on` تاسو تر `!oncall off` پورې نوکریوال کوي. هغه بېړنۍ غوښتنه چې هېڅوک یې نه اخلي، یوازې د شمېرې سره، په مستقیم پیغام کې نوکریوالو ته او بیا مسؤلینو ته لېږل کېږي.
mentor-dm-oncall = 🔴 بېړنۍ غوښتنه **{ $case }** { $minutes } دقیقې پرته له سلاکار انتظار کوي، او تاسو نوکریوال یاست. مهرباني وکړئ د سلاکارانو په خونه کې یې واخلئ: `!claim { $number }`.
mentor-dm-lead = 🔴 بېړنۍ غوښتنه **{ $case }** { $minutes } دقیقې انتظار کوي او هېچا نه ده اخیستې، حتی نوکریوالو ته له خبرولو وروسته. مهرباني وکړئ د سلاکارانو په خونه کې یې واخلئ (`!claim { $number }`) یا داسې څوک پیدا کړئ چې وکولای شي.
mentor-dm-here = په دې خبرو اترو کې یوازې خبرتیاوې لېږم. مهرباني وکړئ غوښتنې د سلاکارانو په خونه کې پرمخ یوسئ.
mentor-ladder-oncall-sent = { $case }: نوکریوال په مستقیم پیغام خبر شول ({ $names }).
mentor-ladder-leads-sent = { $case }: مسؤلین په مستقیم پیغام خبر شول ({ $names }).
mentor-ladder-nobody-oncall = { $case }: هېڅوک نوکریوال نه دی، نو هېڅوک په مستقیم پیغام خبر نه شو. د راتلونکي ځل لپاره `!oncall on` ولیکئ.
mentor-ladder-no-leads = { $case }: هېڅ مسؤل نه دی ټاکل شوی (`mentors.leads`، که نه نو اډمینان)، نو هېڅوک خبر نه شو.
mentor-ladder-dm-failed = { $case }: له { $mentor } سره مستقیمې خبرې اترې پرانیستلای نه شوې.
## Team mode

mentor-person-passed = ټیم ته ورسېده. څومره ژر چې وکولای شي، لولي یې او همدلته ځواب درکوي.
mentor-person-file-unreadable = دا فایل مې ټیم ته ونشو رسولای: ډېر لوی دی یا ونه لوستل شو. کولای شئ په خبرو یې بیان کړئ، یا یو کوچنی فایل واستوئ.

## !commands in a direct chat

mentor-dm-pointer = `{ $command }` د سلاکارانو په خونه کې کار کوي، نه له ما سره په مستقیمو خبرو کې: { $room }
mentor-dm-no-room = `{ $command }` د سلاکارانو په خونه کې کار کوي، او لا د سلاکارانو خونه نه ده جوړه شوې (`mentor_room` په تنظیماتو کې).

## د ساتنې پلانونه: `!plan 42` (یوازې د کس په رضا) او `!suggest 42 متن`.

mentor-plan-head = **{ $case }: د ساتنې پلان** ({ $count } ګامونه)، چې کس شریک کړی:
mentor-plan-in-thread = { $case }: پلان د قضیې په لړۍ کې دی.
mentor-plan-none = { $case } د ساتنې پلان نه لري.
mentor-plan-asked = له { $case } مې وپوښتل چې ایا تاسو یې د ساتنې پلان لیدلی شئ. که موافق شو، دلته به ښکاره شي.
mentor-plan-declined = { $case } غوره کړه چې خپل د ساتنې پلان شریک نه کړي.
mentor-suggest-sent = ستاسو وړاندیز { $case } ته ولېږل شو. کس به هو یا نه ځواب ورکړي، او تاسو به یې دلته وګورئ.
mentor-suggest-added = { $case } ستاسو وړاندیز شوی ګام خپل پلان ته ور زیات کړ.
mentor-suggest-declined = { $case } وړاندیز شوی ګام ور زیات نه کړ.
mentor-suggest-no-storage = { $case } ونه منله چې بوټ یې معلومات وساتي، نو د هغه لپاره پلان نه شي ساتل کېدای.
