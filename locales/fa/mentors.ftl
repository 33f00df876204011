### reviewed: no
## Mentors. Texts for the mentor room are shown in the default language; texts starting with
## `mentor-person-` are for the person, in their own language. Keep the ids and the { $placeables };
## keep commands such as `!claim` as they are (mentors type them in English).

## کارت پرونده در اتاق منتورها.

mentor-card-title = پرونده‌ی تازه **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }**: درخواستی تازه از همان شخص · { $urgency } · { $flow }
mentor-card-status-open = وضعیت: در انتظار یک منتور.
mentor-card-status-claimed = وضعیت: بر عهده‌ی { $mentor }.
mentor-card-status-closed = وضعیت: بسته شده.
mentor-card-reason = دلیل: { $reason }
mentor-card-who = چه کسی: { $who }
mentor-card-pseudonymous = { $case } (با نام مستعار)
mentor-card-erased = این شخص داده‌هایش را پاک کرده است: هویت او و آنچه به اشتراک گذاشته بود دیگر نگه‌داری نمی‌شود.
mentor-card-shared = آنچه پذیرفته است به اشتراک بگذارد:
mentor-card-not-shared = ترجیح داده است پاسخ‌هایش را به اشتراک نگذارد.
mentor-card-files = { $count ->
    [one] یک فایل در رشته‌ی گفتگوی این پرونده می‌آید.
   *[other] { $count } فایل در رشته‌ی گفتگوی این پرونده می‌آید.
}
mentor-card-howto = برای برداشتن پرونده `!claim { $number }` بنویسید. برای نوشتن به او، در رشته‌ی گفتگوی کارت پاسخ دهید.
mentor-urgency-normal = عادی
mentor-urgency-high = بالا
mentor-urgency-urgent = 🔴 فوری
mentor-answer-skipped = (بی‌پاسخ)
mentor-answer-file = (یک فایل، در رشته‌ی گفتگو)
mentor-flow-unknown = یک گفتگو

## یادآوری پرونده‌های فوری (ربات خودش @room را می‌افزاید).

mentor-reping = **{ $case }** فوری است و { $minutes } دقیقه است که منتظر یک منتور است. برای برداشتنش `!claim { $number }` بنویسید.
mentor-urgent-now = **{ $case }** اکنون فوری است. برای برداشتنش `!claim { $number }` بنویسید.
mentor-reping-high = **{ $case }** (بالا) { $minutes } دقیقه است منتظر منتور است. برای برداشتنش `!claim { $number }` بنویسید.
mentor-still-unclaimed = **{ $case }** هنوز منتظر منتور است، پس از { $count } یادآوری و { $minutes } دقیقه. این آخرین یادآوری در این اتاق بود؛ `!cases` درخواست‌های باز را نشان می‌دهد.

## پاسخ به فرمان‌های منتورها.

mentor-claimed = { $case } اکنون بر عهده‌ی { $mentor } است.
mentor-claimed-already = { $case } از پیش بر عهده‌ی { $mentor } است. برای برداشتن آن: `!assign { $number } { $you }`
mentor-claimed-yours = { $case } از پیش با شماست.
mentor-released = { $case } دوباره باز است و منتظر یک منتور.
mentor-released-not-claimed = کسی { $case } را برنداشته است.
mentor-assigned = { $case } اکنون به { $mentor } سپرده شد.
mentor-not-member = { $mentor } به این اتاق نپیوسته است. نخست او را دعوت کنید.
mentor-note-added = یادداشت همراه { $case } نگه داشته شد. هرگز به آن شخص نشان داده نمی‌شود.
mentor-closed = { $case } بسته شد. به او خبر داده شد و پرسیده شد که آیا کمکی کرد.
mentor-closed-already = { $case } بسته است.
mentor-case-closed-no-relay = { $case } بسته است: پیام شما فرستاده نشد.
mentor-case-unreachable = { $case } دیگر به آن شخص نمی‌رسد: او داده‌هایش را پاک کرده است.
mentor-revealed = از این پس، پیام‌های شما در { $case } شناسه‌ی ماتریکس شما را به او نشان می‌دهد.
mentor-unknown-case = پرونده‌ای با شماره‌ی { $number } نیست. `!cases` پرونده‌های باز را فهرست می‌کند.
mentor-unknown-command = `{ $command }` را نمی‌شناسم. `!help` آنچه را می‌فهمم فهرست می‌کند.
mentor-usage = این‌گونه بنویسید: `{ $usage }`
mentor-help =
    فرمان‌ها، در این اتاق (شماره‌ی پرونده به شکل `42` یا `C-0042` نوشته می‌شود؛ در رشته‌ی گفتگوی یک پرونده می‌توان آن را ننوشت):

    - `!cases`: پرونده‌های باز، فوری‌ترها نخست
    - `!case 42`: جزئیات و یادداشت‌های یک پرونده
    - `!claim 42`: برداشتن یک پرونده (واکنش به کارتش کافی نیست: واکنش‌ها رمزگذاری نمی‌شوند و هر کسی روی سرور می‌تواند یکی جعل کند)
    - `!release 42`: پس دادن آن
    - `!assign 42 @name:server`: سپردن آن به منتوری دیگر
    - `!note 42 text`: یادداشتی برای تیم، که هرگز به آن شخص نشان داده نمی‌شود
    - `!close 42 [note]`: بستن آن؛ به او خبر داده و پرسیده می‌شود که آیا کمکی کرد
    - `!reveal 42`: نشان دادن شناسه‌ی ماتریکس شما همراه پیام‌هایتان
    - `!handoff 42`: گفتگوی رمزگذاری‌شده‌ی تازه میان شما و او (مگر نامش را به اشتراک گذاشته باشد، نخست از او پرسیده می‌شود)
    - `!oncall on` / `!oncall off`: وقتی درخواستی فوری بدون منتور منتظر است، پیام مستقیم بگیرید
    - `!oncall`: چه کسی الان کشیک است، و برنامهٔ کشیک
    - `!followup 42 in 3d [متن]` یا `!followup 42 on 2026-12-03 10:00 [متن]` (به وقت او): در آن زمان از طرف «منتور شما» برایش می‌نویسم
    - `!followups 42`: پیگیری‌های برنامه‌ریزی‌شدهٔ یک پرونده؛ `!followup cancel 7` یکی را لغو می‌کند
    - `!plan 42`: برنامهٔ حفاظتی آن شخص، در رشتهٔ پرونده — فقط پس از موافقت او (اگر لازم باشد از او می‌پرسم)
    - `!suggest 42 متن`: از او می‌پرسم که آیا این گام را به برنامه‌اش اضافه کند
    - `!identity`: کلیدهای امنیتی تغییرکرده در انتظار؛ `!identity approve P-1234` پس از بررسی با آن شخص از راه دیگر

    برای نوشتن به آن شخص، در رشته‌ی گفتگوی پرونده پاسخ دهید؛ آنچه او می‌نویسد به همان‌جا برمی‌گردد.

## Follow-ups mentors ask for (`!followup`): times on the person's clock, and in UTC.

mentor-followup-set = پیگیری { $number } برای { $case }: { $when } به وقت او ({ $zone })، { $utc }. آن را از طرف «منتور شما» می‌خواند، بدون شناسهٔ ماتریکس شما.
mentor-followup-quiet = زمانی که دادید در ساعت‌های آرام اوست، پس وقتی آن ساعت‌ها تمام شود فرستاده می‌شود (زمان بالا).
mentor-followup-paused = او یادآوری‌ها را متوقف کرده است: پیگیری منتظر می‌ماند تا دوباره روشنشان کند.
mentor-followup-bad-time = نفهمیدم چه زمانی. این‌طور بنویسید: `!followup 42 in 3d [متن]` یا `!followup 42 on 2026-12-03 10:00 [متن]` (به وقت او)، حداکثر یک سال بعد.
mentor-followup-past = { $when } ({ $zone }) به وقت او گذشته است.
mentor-followup-unknown = پیگیری شمارهٔ { $number } از طرف منتورها برنامه‌ریزی نشده است. `!followups 42` پیگیری‌های یک پرونده را نشان می‌دهد.
mentor-followup-cancelled = پیگیری { $number } ({ $case }) لغو شد.
mentor-followups-none = برای { $case } پیگیری‌ای برنامه‌ریزی نشده است.
mentor-followups-head = پیگیری‌های برنامه‌ریزی‌شده برای { $case }:
mentor-followups-line = #{ $number } · { $when } ({ $zone }) · { $utc } · { $text }
mentor-followup-no-text = (بدون متن: از او می‌پرسیم حالش چطور است)
mentor-followup-delivered = { $case }: پیگیری { $number } به او رسید.
mentor-followup-cancelled-by-them = { $case }: او پیگیری { $number } را لغو کرد.

## فهرست‌ها و جزئیات.

mentor-cases-none = هیچ پرونده‌ی بازی نیست.
mentor-cases-head = پرونده‌های باز، فوری‌ترها نخست، سپس قدیمی‌ترها:
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = در انتظار
mentor-status-claimed = بر عهده‌ی { $mentor }
mentor-status-closed = بسته
mentor-age-minutes = { $count } دقیقه پیش
mentor-age-hours = { $count } ساعت پیش
mentor-age-days = { $count } روز پیش
mentor-case-opened-at = باز شده { $age }.
mentor-case-notes = یادداشت‌ها:
mentor-case-handoff-asked = گفتگوی مستقیم پیشنهاد شد؛ در انتظار پاسخ او.
mentor-case-handoff-approved = گفتگوی مستقیم پذیرفته شد؛ در حال ساخته شدن است.
mentor-case-handoff-created = گفتگوی مستقیمی با او وجود دارد.
mentor-case-handoff-declined = ترجیح داد گفتگوی مستقیم نداشته باشد.
mentor-case-handoff-failed = گفتگوی مستقیم ساخته نشد.

## آنچه آن شخص انجام می‌دهد، از دید منتورها (در رشته‌ی گفتگوی پرونده).

mentor-relay-from = { $case }:
mentor-relay-from-edited = { $case } (ویرایش‌شده):
mentor-relay-file = { $case } فایلی فرستاد؛ در همین رشته‌ی گفتگو می‌آید.
mentor-asked-again = { $case }: دوباره خواست با یک انسان صحبت کند.
mentor-feedback-yes = { $case }: گفت که کمک کرد.
mentor-feedback-no = { $case }: گفت که کمکی نکرد.
mentor-anonymised = { $case }: آن شخص داده‌هایش را پاک کرد. پرونده بسته شد؛ یادداشت‌ها نگه داشته می‌شوند.
mentor-file-gone = { $case }: یک فایل دیگر نگه‌داری نمی‌شود (پاک شده، یا مدت نگه‌داری‌اش گذشته است).
mentor-file-not-cleaned = { $case }: فایل بعدی ممکن است هنوز جزئیات پنهانی داشته باشد، مثل جایی که ساخته شده یا گوشی‌ای که با آن ساخته شده؛ ربات نتوانست آن‌ها را پاک کند. آن را با احتیاط و روی دستگاهی که به آن اعتماد دارید باز کنید.

## گفتگوهای مستقیم.

mentor-handoff-asked = { $case }: از او پرسیدم که آیا با گفتگوی مستقیم با شما موافق است.
mentor-handoff-agreed = { $case }: گفتگوی مستقیم پذیرفته شد؛ در حال ساختن آن هستم.
mentor-handoff-declined = { $case }: ترجیح می‌دهد همین‌جا بماند. در همین رشته‌ی گفتگو به نوشتن ادامه دهید.
mentor-handoff-created = { $case }: گفتگوی رمزگذاری‌شده‌ی تازه‌ای با او و { $mentor } ساخته شد؛ هر دو دعوت شده‌اند.
mentor-handoff-failed = { $case }: گفتگوی مستقیم ساخته نشد. بعداً دوباره `!handoff { $number }` را امتحان کنید.

## کلیدهای امنیتی تغییرکرده (برای منتورها و مدیران).

mentor-identity-held = **{ $who }**: کلید امنیتی حساب این فرد تغییر کرده است. شاید خودش با دستگاهی تازه باشد — یا کسی که حسابش را در دست گرفته است. تا وقتی یکی از شما از راه دیگری (تماس، دیدار حضوری) با او بررسی و تأیید نکند، چیزی به کلید تازه نمی‌فرستم و آنچه از آن می‌آید را نادیده می‌گیرم. تأیید: `!identity approve { $label }` · نگه‌داشتن در انتظار: `!identity reject { $label }`
mentor-identity-no-case = فردی بدون پروندهٔ باز ({ $label })
mentor-identity-none = هیچ کلید امنیتی تغییرکرده‌ای در انتظار نیست.
mentor-identity-head = کلیدهای امنیتی تغییرکرده، در انتظار:
mentor-identity-line = { $label } · { $status } · { $age }
mentor-identity-status-pending = در انتظار تصمیم
mentor-identity-status-rejected = رد شده، همچنان در انتظار
mentor-identity-approved = { $label }: تأیید شد. از این پس به کلید تازه‌اش اعتماد می‌کنم.
mentor-identity-rejected = { $label }: همچنان در انتظار. کلید تازه را همچنان نادیده می‌گیرم.
mentor-identity-unknown = چیزی با { $label } در انتظار نیست. `!identity` موارد در انتظار را نشان می‌دهد.

## فهرست منتورها (برای منتورها و مدیران).

mentor-room-unlisted = { $user } در اتاق منتورها هست اما در فهرست منتورها (`mentors.members`) نیست: هیچ پرونده‌ای دریافت نمی‌کند و فرمان‌هایش را نادیده می‌گیرم. او را از اتاق بیرون کنید، یا از یک مدیر بخواهید او را به فهرست بیفزاید.

## برای آن شخص، در گفتگویش با ربات.

mentor-person-opened = به تیم خبر داده شد. یکی از اعضای تیم هر چه زودتر که بتواند این را می‌خواند و همین‌جا به شما پاسخ می‌دهد. تا آن زمان، و تا وقتی با او صحبت می‌کنید، آنچه این‌جا می‌نویسید به دست او می‌رسد. برای صحبت با من، ربات، **منو** بنویسید.
mentor-person-still-open = درخواست شما نزد تیم است. یکی از اعضای تیم هر چه زودتر که بتواند آن را می‌خواند و همین‌جا پاسخ می‌دهد. آنچه این‌جا می‌نویسید به دست او می‌رسد.
mentor-person-taken = یک منتور درخواست شما را برداشت و همین‌جا برایتان می‌نویسد.
mentor-person-says = منتور شما:
mentor-person-says-named = منتور شما ({ $mentor }):
mentor-person-closed = منتور شما این گفتگو را بست. آیا به شما کمک کرد؟ لطفاً **بله** یا **نه** پاسخ دهید.
mentor-person-thanks = سپاس که به ما گفتید. برای دیدن آنچه با هم می‌توانیم انجام دهیم **منو** بنویسید، یا برای رسیدن دوباره به یک انسان **منتور** بنویسید.
mentor-person-on-the-way = به تیم یادآوری کردم که منتظر هستید. یکی از اعضای تیم هر چه زودتر که بتواند این را می‌خواند. در این فاصله، اگر همین حالا به کمک نیاز دارید:
mentor-person-no-team = متأسفم: همین حالا از طریق این گفتگو به هیچ انسانی دسترسی نیست، پس نمی‌توانم درخواستتان را برسانم. این‌ها در هر ساعتی می‌توانند کمک کنند:
mentor-person-team-unreachable = همین حالا نتوانستم به تیم دسترسی پیدا کنم، پس فعلاً کسی نمی‌تواند از طریق این گفتگو پاسخ دهد. درخواستتان نگه داشته می‌شود و به محض برقرار شدن دوبارهٔ ارتباط به دستشان می‌رسد. این‌ها در هر ساعتی می‌توانند کمک کنند:
mentor-person-handoff-ask = منتور شما می‌خواهد در یک گفتگوی خصوصی و رمزگذاری‌شده‌ی تازه با شما صحبت کند. آن‌جا نام ماتریکس شما را خواهد دید. آیا موافقید؟ لطفاً **بله** یا **نه** پاسخ دهید.
mentor-person-handoff-invited = شما را به یک گفتگوی رمزگذاری‌شده‌ی تازه با منتورتان دعوت کردم. برای صحبت مستقیم با او، دعوت را بپذیرید.
mentor-person-handoff-declined = باشد، همین‌جا می‌مانیم. منتور شما از طریق من به نوشتن برایتان ادامه می‌دهد.

## کشیک (`!oncall`) و پیام‌های مستقیم نردبان. پیام مستقیم فقط شمارهٔ درخواست را می‌گوید —
## هرگز خود فرد را — چون ممکن است روی صفحهٔ قفل دیده شود.

mentor-oncall-on = شما کشیک هستید: وقتی درخواستی فوری بدون منتور منتظر بماند، با یک پیام مستقیم رمزگذاری‌شده خبرتان می‌کنم. وقتی تمام کردید `!oncall off` بنویسید.
mentor-oncall-already-on = شما از قبل کشیک هستید. برای پایان `!oncall off` بنویسید.
mentor-oncall-off = دیگر کشیک نیستید.
mentor-oncall-not-on = شما کشیک نبودید.
mentor-oncall-list = کشیک الان: { $names }
mentor-oncall-none = الان هیچ‌کس کشیک نیست.
mentor-oncall-rota = برنامهٔ کشیک (از پیکربندی):
mentor-oncall-howto = `!oncall on` شما را تا `!oncall off` کشیک می‌کند. درخواست فوری‌ای که کسی برنمی‌دارد، فقط با شماره‌اش، در پیام مستقیم به کشیک‌ها و سپس به مسئولان فرستاده می‌شود.
mentor-dm-oncall = 🔴 درخواست فوری **{ $case }** { $minutes } دقیقه است بدون منتور منتظر است و شما کشیک هستید. لطفاً آن را در اتاق منتورها بردارید: `!claim { $number }`.
mentor-dm-lead = 🔴 درخواست فوری **{ $case }** { $minutes } دقیقه است منتظر است و هیچ‌کس آن را برنداشته، حتی پس از خبر دادن به کشیک‌ها. لطفاً آن را در اتاق منتورها بردارید (`!claim { $number }`) یا کسی را پیدا کنید که بتواند.
mentor-dm-here = در این گفتگو فقط هشدار می‌فرستم. لطفاً درخواست‌ها را در اتاق منتورها پیگیری کنید.
mentor-ladder-oncall-sent = { $case }: به کشیک‌ها با پیام مستقیم خبر داده شد ({ $names }).
mentor-ladder-leads-sent = { $case }: به مسئولان با پیام مستقیم خبر داده شد ({ $names }).
mentor-ladder-nobody-oncall = { $case }: هیچ‌کس کشیک نیست، پس به کسی پیام مستقیم داده نشد. برای دریافت دفعهٔ بعد `!oncall on` بنویسید.
mentor-ladder-no-leads = { $case }: هیچ مسئولی تنظیم نشده (`mentors.leads`، وگرنه مدیران)، پس به کسی خبر داده نشد.
mentor-ladder-dm-failed = { $case }: نتوانستم با { $mentor } گفتگوی مستقیم باز کنم.
## Team mode

mentor-person-passed = به تیم رسید. هر چه زودتر آن را می‌خوانند و همین‌جا پاسخ می‌دهند.
mentor-person-file-unreadable = نتوانستم این فایل را به تیم برسانم: خیلی بزرگ است یا خوانده نشد. می‌توانید آن را با کلمات توضیح دهید، یا فایل کوچک‌تری بفرستید.

## !commands in a direct chat

mentor-dm-pointer = `{ $command }` در اتاق منتورها کار می‌کند، نه در گفتگوی مستقیم با من: { $room }
mentor-dm-no-room = `{ $command }` در اتاق منتورها کار می‌کند، و هنوز اتاق منتورها تنظیم نشده است (`mentor_room` در پیکربندی).

## برنامه‌های حفاظتی: `!plan 42` (فقط با رضایت آن شخص) و `!suggest 42 متن`.

mentor-plan-head = **{ $case }: برنامهٔ حفاظتی** ({ $count } گام)، به اشتراک‌گذاشته‌شده از سوی آن شخص:
mentor-plan-in-thread = { $case }: برنامه در رشتهٔ پرونده است.
mentor-plan-none = { $case } برنامهٔ حفاظتی ندارد.
mentor-plan-asked = از { $case } پرسیدم که آیا می‌توانید برنامهٔ حفاظتی‌اش را ببینید. اگر موافقت کند، اینجا نشان داده می‌شود.
mentor-plan-declined = { $case } ترجیح داد برنامهٔ حفاظتی‌اش را به اشتراک نگذارد.
mentor-suggest-sent = پیشنهاد شما برای { $case } فرستاده شد. آن شخص بله یا نه پاسخ می‌دهد و شما آن را اینجا می‌بینید.
mentor-suggest-added = { $case } گام پیشنهادی شما را به برنامه‌اش اضافه کرد.
mentor-suggest-declined = { $case } گام پیشنهادی را اضافه نکرد.
mentor-suggest-no-storage = { $case } نپذیرفت که بات داده‌هایش را نگه دارد، پس برنامه‌ای برای او نگه داشته نمی‌شود.
