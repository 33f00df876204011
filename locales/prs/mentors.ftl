### reviewed: no
## مشاوران. متن‌های اتاق مشاوران به زبان پیش‌فرض نشان داده می‌شوند؛ متن‌هایی که با
## `mentor-person-` شروع می‌شوند برای خود شخص اند، به زبان خود او. شناسه‌ها و { $placeables } را نگه دارید؛
## دستورهایی مانند `!claim` را همان طور نگه دارید (مشاوران آن‌ها را به انگلیسی می‌نویسند).

## کارت دوسیه در اتاق مشاوران.

mentor-card-title = دوسیهٔ تازه **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }**: یک درخواست تازه از همان شخص · { $urgency } · { $flow }
mentor-card-status-open = وضعیت: منتظر یک مشاور.
mentor-card-status-claimed = وضعیت: به عهدهٔ { $mentor }.
mentor-card-status-closed = وضعیت: بسته شده.
mentor-card-reason = دلیل: { $reason }
mentor-card-who = چه کسی: { $who }
mentor-card-pseudonymous = { $case } (با نام مستعار)
mentor-card-erased = این شخص معلومات خود را پاک کرده است: اینکه او کیست و آنچه شریک ساخته بود دیگر نگه داشته نمی‌شود.
mentor-card-shared = آنچه قبول کرده شریک بسازد:
mentor-card-not-shared = نخواسته است جواب‌های خود را شریک بسازد.
mentor-card-files = { $count ->
    [one] یک فایل در رشتهٔ گفتگوی این دوسیه می‌آید.
   *[other] { $count } فایل در رشتهٔ گفتگوی این دوسیه می‌آید.
}
mentor-card-howto = برای گرفتن دوسیه `!claim { $number }` بنویسید. برای نوشتن به او، در رشتهٔ گفتگوی کارت جواب بدهید.
mentor-urgency-normal = عادی
mentor-urgency-high = بلند
mentor-urgency-urgent = 🔴 عاجل
mentor-answer-skipped = (بی جواب)
mentor-answer-file = (یک فایل، در رشتهٔ گفتگو)
mentor-flow-unknown = یک گفتگو

## یادآوری دوسیه‌های عاجل (بات خودش @room را اضافه می‌کند).

mentor-reping = **{ $case }** عاجل است و { $minutes } دقیقه است که منتظر یک مشاور است. برای گرفتن آن `!claim { $number }` بنویسید.
mentor-urgent-now = **{ $case }** حالا عاجل است. برای گرفتن آن `!claim { $number }` بنویسید.
mentor-reping-high = **{ $case }** (بلند) { $minutes } دقیقه است منتظر منتور است. برای گرفتن آن `!claim { $number }` بنویسید.
mentor-still-unclaimed = **{ $case }** هنوز منتظر منتور است، بعد از { $count } یادآوری و { $minutes } دقیقه. این آخرین یادآوری در این اتاق بود؛ `!cases` درخواست‌های باز را نشان می‌دهد.

## جواب به دستورهای مشاوران.

mentor-claimed = { $case } حالا به عهدهٔ { $mentor } است.
mentor-claimed-already = { $case } از قبل به عهدهٔ { $mentor } است. برای گرفتن آن: `!assign { $number } { $you }`
mentor-claimed-yours = { $case } از قبل به عهدهٔ شماست.
mentor-released = { $case } دوباره باز است، منتظر یک مشاور.
mentor-released-not-claimed = { $case } به عهدهٔ هیچ کس نیست.
mentor-assigned = { $case } حالا به { $mentor } سپرده شد.
mentor-not-member = { $mentor } به این اتاق نپیوسته است. اول او را دعوت کنید.
mentor-note-added = یادداشت همراه { $case } نگه داشته شد. هرگز به خود شخص نشان داده نمی‌شود.
mentor-closed = { $case } بسته شد. به او خبر داده شد و پرسیده شد که آیا کمک کرد.
mentor-closed-already = { $case } بسته است.
mentor-case-closed-no-relay = { $case } بسته است: پیام شما فرستاده نشد.
mentor-case-unreachable = { $case } دیگر به خود شخص نمی‌رسد: او معلومات خود را پاک کرده است.
mentor-revealed = از این به بعد، پیام‌های شما در { $case } شناسهٔ Matrix شما را به او نشان می‌دهد.
mentor-unknown-case = دوسیهٔ { $number } وجود ندارد. `!cases` دوسیه‌های باز را فهرست می‌کند.
mentor-unknown-command = `{ $command }` را نمی‌شناسم. `!help` آنچه را می‌فهمم فهرست می‌کند.
mentor-usage = این طور بنویسید: `{ $usage }`
mentor-help =
    دستورها، در این اتاق (نمبر دوسیه به شکل `42` یا `C-0042` نوشته می‌شود؛ در رشتهٔ گفتگوی یک دوسیه می‌شود آن را ننوشت):

    - `!cases`: دوسیه‌های باز، عاجل‌ترها اول
    - `!case 42`: جزئیات و یادداشت‌های یک دوسیه
    - `!claim 42`: گرفتن یک دوسیه (واکنش به کارت آن کافی نیست: واکنش‌ها رمزگذاری نمی‌شوند و هر کسی روی سرور می‌تواند یکی را جعل کند)
    - `!release 42`: پس دادن آن
    - `!assign 42 @name:server`: سپردن آن به مشاور دیگر
    - `!note 42 text`: یادداشتی برای تیم، که هرگز به خود شخص نشان داده نمی‌شود
    - `!close 42 [note]`: بستن آن؛ به او خبر داده و پرسیده می‌شود که آیا کمک کرد
    - `!reveal 42`: نشان دادن شناسهٔ Matrix شما همراه پیام‌های تان
    - `!handoff 42`: یک گفتگوی رمزگذاری شدهٔ تازه بین شما و او (اول از او پرسیده می‌شود، مگر اینکه نام خود را شریک ساخته باشد)
    - `!oncall on` / `!oncall off`: وقتی یک درخواست عاجل بدون منتور منتظر است، پیام مستقیم بگیرید
    - `!oncall`: کی حالا نوبت‌دار است، و تقسیم‌اوقات نوبت
    - `!followup 42 in 3d [متن]` یا `!followup 42 on 2026-12-03 10:00 [متن]` (به وقت او): در آن وقت از طرف «مشاور شما» برایش می‌نویسم
    - `!followups 42`: پیگیری‌های برنامه‌ریزی شدهٔ یک پرونده؛ `!followup cancel 7` یکی را لغو می‌کند
    - `!identity`: کلیدهای امنیتی تغییرکرده در انتظار؛ `!identity approve P-1234` پس از بررسی با آن شخص از راه دیگر

    برای نوشتن به خود شخص، در رشتهٔ گفتگوی دوسیه جواب بدهید؛ آنچه او می‌نویسد به همان‌جا برمی‌گردد.

## Follow-ups mentors ask for (`!followup`): times on the person's clock, and in UTC.

mentor-followup-set = پیگیری { $number } برای { $case }: { $when } به وقت او ({ $zone })، { $utc }. آن را از طرف «مشاور شما» می‌خواند، بدون شناسهٔ ماتریکس شما.
mentor-followup-quiet = وقتی که دادید در ساعت‌های آرام اوست، پس وقتی آن ساعت‌ها تمام شود فرستاده می‌شود (وقت بالا).
mentor-followup-paused = او یادآوری‌ها را متوقف کرده است: پیگیری منتظر می‌ماند تا دوباره روشن‌شان کند.
mentor-followup-bad-time = نفهمیدم چه وقت. این طور بنویسید: `!followup 42 in 3d [متن]` یا `!followup 42 on 2026-12-03 10:00 [متن]` (به وقت او)، حداکثر یک سال بعد.
mentor-followup-past = { $when } ({ $zone }) به وقت او گذشته است.
mentor-followup-unknown = پیگیری نمبر { $number } از طرف مشاوران برنامه‌ریزی نشده است. `!followups 42` پیگیری‌های یک پرونده را نشان می‌دهد.
mentor-followup-cancelled = پیگیری { $number } ({ $case }) لغو شد.
mentor-followups-none = برای { $case } هیچ پیگیری برنامه‌ریزی نشده است.
mentor-followups-head = پیگیری‌های برنامه‌ریزی شده برای { $case }:
mentor-followups-line = #{ $number } · { $when } ({ $zone }) · { $utc } · { $text }
mentor-followup-no-text = (بدون متن: از او می‌پرسیم چطور است)
mentor-followup-delivered = { $case }: پیگیری { $number } به او رسید.
mentor-followup-cancelled-by-them = { $case }: او پیگیری { $number } را لغو کرد.

## فهرست‌ها و جزئیات.

mentor-cases-none = هیچ دوسیهٔ بازی نیست.
mentor-cases-head = دوسیه‌های باز، عاجل‌ترها اول، بعد کهنه‌ترها:
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = منتظر
mentor-status-claimed = به عهدهٔ { $mentor }
mentor-status-closed = بسته
mentor-age-minutes = { $count } دقیقه پیش
mentor-age-hours = { $count } ساعت پیش
mentor-age-days = { $count } روز پیش
mentor-case-opened-at = باز شده { $age }.
mentor-case-notes = یادداشت‌ها:
mentor-case-handoff-asked = یک گفتگوی مستقیم پیشنهاد شد؛ منتظر جواب او.
mentor-case-handoff-approved = گفتگوی مستقیم قبول شد؛ در حال ساخته شدن است.
mentor-case-handoff-created = یک گفتگوی مستقیم با او وجود دارد.
mentor-case-handoff-declined = ترجیح داد گفتگوی مستقیم نداشته باشد.
mentor-case-handoff-failed = گفتگوی مستقیم ساخته نشد.

## آنچه خود شخص انجام می‌دهد، از دید مشاوران (در رشتهٔ گفتگوی دوسیه).

mentor-relay-from = { $case }:
mentor-relay-from-edited = { $case } (ویرایش شده):
mentor-relay-file = { $case } یک فایل فرستاد؛ در همین رشتهٔ گفتگو می‌آید.
mentor-asked-again = { $case }: دوباره خواست با یک انسان گپ بزند.
mentor-feedback-yes = { $case }: گفت که کمک کرد.
mentor-feedback-no = { $case }: گفت که کمک نکرد.
mentor-anonymised = { $case }: خود شخص معلومات خود را پاک کرد. دوسیه بسته شد؛ یادداشت‌ها نگه داشته می‌شوند.
mentor-file-gone = { $case }: یک فایل دیگر نگه داشته نمی‌شود (پاک شده، یا مدت نگهداری آن گذشته است).
mentor-file-not-cleaned = { $case }: فایل بعدی شاید هنوز جزئیات پنهان داشته باشد، مانند جایی که ساخته شده یا تلفونی که با آن ساخته شده؛ ربات نتوانست آن‌ها را پاک کند. آن را با احتیاط و روی دستگاهی که به آن باور دارید باز کنید.

## گفتگوهای مستقیم (سپردن).

mentor-handoff-asked = { $case }: از او پرسیدم که آیا با یک گفتگوی مستقیم با شما موافق است.
mentor-handoff-agreed = { $case }: گفتگوی مستقیم قبول شد؛ آن را می‌سازم.
mentor-handoff-declined = { $case }: ترجیح می‌دهد همین‌جا بماند. در همین رشتهٔ گفتگو به نوشتن ادامه بدهید.
mentor-handoff-created = { $case }: یک گفتگوی رمزگذاری شدهٔ تازه با او و { $mentor } ساخته شد؛ هر دو دعوت شده‌اند.
mentor-handoff-failed = { $case }: گفتگوی مستقیم ساخته نشد. بعداً دوباره `!handoff { $number }` را امتحان کنید.

## کلیدهای امنیتی تغییرکرده (برای مشاوران و مدیران).

mentor-identity-held = **{ $who }**: کلید امنیتی حساب این شخص تغییر کرده است. شاید خود او با دستگاه تازه باشد — یا کسی که حسابش را گرفته است. تا زمانی که یکی از شما از راه دیگری (تماس، دیدار رو در رو) با او بررسی و تأیید نکند، چیزی به کلید تازه نمی‌فرستم و آنچه از آن می‌آید را نادیده می‌گیرم. تأیید: `!identity approve { $label }` · نگه‌داشتن در انتظار: `!identity reject { $label }`
mentor-identity-no-case = شخصی بدون دوسیهٔ باز ({ $label })
mentor-identity-none = هیچ کلید امنیتی تغییرکرده‌ای در انتظار نیست.
mentor-identity-head = کلیدهای امنیتی تغییرکرده، در انتظار:
mentor-identity-line = { $label } · { $status } · { $age }
mentor-identity-status-pending = در انتظار تصمیم
mentor-identity-status-rejected = رد شده، هنوز در انتظار
mentor-identity-approved = { $label }: تأیید شد. از حالا به کلید تازه‌اش اعتماد می‌کنم.
mentor-identity-rejected = { $label }: هنوز در انتظار. کلید تازه را همچنان نادیده می‌گیرم.
mentor-identity-unknown = چیزی با { $label } در انتظار نیست. `!identity` موارد در انتظار را نشان می‌دهد.

## فهرست مشاوران (برای مشاوران و مدیران).

mentor-room-unlisted = { $user } در اتاق مشاوران است اما در فهرست مشاوران (`mentors.members`) نیست: هیچ دوسیه‌ای دریافت نمی‌کند و فرمان‌هایش را نادیده می‌گیرم. او را از اتاق بیرون کنید، یا از یک مدیر بخواهید او را به فهرست اضافه کند.

## برای خود شخص، در گفتگوی او با بات.

mentor-person-opened = به تیم خبر داده شد. یکی از اعضای تیم هر چه زودتر که بتواند این را می‌خواند و همین‌جا به شما جواب می‌دهد. تا آن زمان، و تا وقتی با او صحبت می‌کنید، آنچه این‌جا می‌نویسید به دست او می‌رسد. برای صحبت با من، ربات، **مینو** بنویسید.
mentor-person-still-open = درخواست شما نزد تیم است. یکی از اعضای تیم هر چه زودتر که بتواند آن را می‌خواند و همین‌جا جواب می‌دهد. آنچه این‌جا می‌نویسید به دست او می‌رسد.
mentor-person-taken = یک مشاور درخواست شما را گرفت و همین‌جا برای تان می‌نویسد.
mentor-person-says = مشاور شما:
mentor-person-says-named = مشاور شما ({ $mentor }):
mentor-person-closed = مشاور شما این گفتگو را بست. آیا به شما کمک کرد؟ لطفاً **بلی** یا **نه** جواب بدهید.
mentor-person-thanks = تشکر که به ما گفتید. برای دیدن آنچه با هم می‌توانیم بکنیم **مینو** بنویسید، یا برای رسیدن دوباره به یک انسان **مشاور**.
mentor-person-on-the-way = به تیم یادآوری کردم که منتظر هستید. یکی از اعضای تیم هر چه زودتر که بتواند این را می‌خواند. در این فاصله، اگر همین حالا به کمک نیاز دارید:
mentor-person-no-team = متأسفم: همین حالا از طریق این گفتگو به هیچ انسانی دسترسی نیست، پس نمی‌توانم درخواست تان را برسانم. این‌ها در هر ساعتی می‌توانند کمک کنند:
mentor-person-team-unreachable = همین حالا نتوانستم به تیم دسترسی پیدا کنم، پس فعلاً کسی نمی‌تواند از طریق این گفتگو جواب بدهد. درخواست تان نگه داشته می‌شود و به مجرد برقرار شدن دوبارهٔ ارتباط به دست شان می‌رسد. این‌ها در هر ساعتی می‌توانند کمک کنند:
mentor-person-handoff-ask = مشاور شما می‌خواهد در یک گفتگوی خصوصی و رمزگذاری شدهٔ تازه با شما گپ بزند. آنجا نام Matrix شما را می‌بیند. آیا موافق هستید؟ لطفاً **بلی** یا **نه** جواب بدهید.
mentor-person-handoff-invited = شما را به یک گفتگوی رمزگذاری شدهٔ تازه با مشاور تان دعوت کردم. برای گپ مستقیم با او، دعوت را قبول کنید.
mentor-person-handoff-declined = خوب، همین‌جا می‌مانیم. مشاور شما از طریق من برای تان می‌نویسد.

## نوبت‌داری (`!oncall`) و پیام‌های مستقیم زینه. پیام مستقیم فقط شمارهٔ درخواست را می‌گوید —
## هرگز خود شخص را — چون ممکن است روی صفحهٔ قفل دیده شود.

mentor-oncall-on = شما نوبت‌دار هستید: وقتی یک درخواست عاجل بدون منتور منتظر بماند، با یک پیام مستقیم رمزگذاری شده خبرتان می‌کنم. وقتی تمام کردید `!oncall off` بنویسید.
mentor-oncall-already-on = شما از قبل نوبت‌دار هستید. برای ختم `!oncall off` بنویسید.
mentor-oncall-off = دیگر نوبت‌دار نیستید.
mentor-oncall-not-on = شما نوبت‌دار نبودید.
mentor-oncall-list = نوبت‌دار حالا: { $names }
mentor-oncall-none = حالا هیچ کس نوبت‌دار نیست.
mentor-oncall-rota = تقسیم‌اوقات نوبت (از تنظیمات):
mentor-oncall-howto = `!oncall on` شما را تا `!oncall off` نوبت‌دار می‌سازد. درخواست عاجلی که کسی آن را نمی‌گیرد، فقط با شماره‌اش، در پیام مستقیم به نوبت‌داران و بعد به مسئولان فرستاده می‌شود.
mentor-dm-oncall = 🔴 درخواست عاجل **{ $case }** { $minutes } دقیقه است بدون منتور منتظر است و شما نوبت‌دار هستید. لطفاً آن را در اتاق منتوران بگیرید: `!claim { $number }`.
mentor-dm-lead = 🔴 درخواست عاجل **{ $case }** { $minutes } دقیقه است منتظر است و هیچ کس آن را نگرفته، حتی بعد از خبر دادن به نوبت‌داران. لطفاً آن را در اتاق منتوران بگیرید (`!claim { $number }`) یا کسی را پیدا کنید که بتواند.
mentor-dm-here = در این گفتگو فقط هشدار می‌فرستم. لطفاً درخواست‌ها را در اتاق منتوران پیگیری کنید.
mentor-ladder-oncall-sent = { $case }: به نوبت‌داران با پیام مستقیم خبر داده شد ({ $names }).
mentor-ladder-leads-sent = { $case }: به مسئولان با پیام مستقیم خبر داده شد ({ $names }).
mentor-ladder-nobody-oncall = { $case }: هیچ کس نوبت‌دار نیست، پس به کسی پیام مستقیم داده نشد. برای گرفتن دفعهٔ بعد `!oncall on` بنویسید.
mentor-ladder-no-leads = { $case }: هیچ مسئولی تنظیم نشده (`mentors.leads`، ورنه ادمین‌ها)، پس به کسی خبر داده نشد.
mentor-ladder-dm-failed = { $case }: نتوانستم با { $mentor } گفتگوی مستقیم باز کنم.
## Team mode

mentor-person-passed = به تیم رسید. هر چه زودتر آن را می‌خوانند و همین‌جا جواب می‌دهند.
mentor-person-file-unreadable = نتوانستم این فایل را به تیم برسانم: خیلی کلان است یا خوانده نشد. می‌توانید آن را با کلمات توضیح بدهید، یا فایل کوچک‌تری بفرستید.

## !commands in a direct chat

mentor-dm-pointer = `{ $command }` در اتاق مشاوران کار می‌کند، نه در گپ مستقیم با من: { $room }
mentor-dm-no-room = `{ $command }` در اتاق مشاوران کار می‌کند، و هنوز اتاق مشاوران تنظیم نشده است (`mentor_room` در تنظیمات).
