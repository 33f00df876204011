### reviewed: no
## Mentors. Texts for the mentor room are shown in the default language; texts starting with
## `mentor-person-` are for the person, in their own language. Keep the ids and the { $placeables };
## keep commands such as `!claim` as they are (mentors type them in English).
## «mentor» = «شخص من فريق الدعم» في كل النصوص؛ الصياغة لا تفترض أن القارئ رجل.

## بطاقة الحالة في غرفة فريق الدعم.

mentor-card-title = حالة جديدة **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }**: طلب جديد من الشخص نفسه · { $urgency } · { $flow }
mentor-card-status-open = الوضع: بانتظار شخص من فريق الدعم.
mentor-card-status-claimed = الوضع: في عهدة { $mentor }.
mentor-card-status-closed = الوضع: مغلقة.
mentor-card-reason = السبب: { $reason }
mentor-card-who = مَن: { $who }
mentor-card-pseudonymous = { $case } (باسم مستعار)
mentor-card-erased = محا الشخص بياناته: لم تعد هويته ولا ما شاركه محفوظة.
mentor-card-shared = ما وافق على مشاركته:
mentor-card-not-shared = اختار ألا يشارك إجاباته.
mentor-card-files = { $count ->
    [one] ملف واحد يتبع في سلسلة هذه الحالة.
    [two] ملفان يتبعان في سلسلة هذه الحالة.
    [few] { $count } ملفات تتبع في سلسلة هذه الحالة.
   *[other] { $count } ملفًا تتبع في سلسلة هذه الحالة.
}
mentor-card-howto = لتولي الحالة: كتابة `!claim { $number }`. وللكتابة إلى الشخص: الرد في سلسلتها.
mentor-urgency-normal = عادية
mentor-urgency-high = مرتفعة
mentor-urgency-urgent = 🔴 عاجلة
mentor-answer-skipped = (بلا إجابة)
mentor-answer-file = (ملف، في السلسلة)
mentor-flow-unknown = محادثة

## تنبيهات الحالات العاجلة (يضيف البوت ‎@room بنفسه).

mentor-reping = **{ $case }** عاجلة وتنتظر شخصًا من فريق الدعم منذ { $minutes } دقيقة. للتولي: كتابة `!claim { $number }`.
mentor-urgent-now = **{ $case }** أصبحت عاجلة. للتولي: كتابة `!claim { $number }`.
mentor-reping-high = **{ $case }** (عالية) تنتظر مرشدًا منذ { $minutes } دقيقة. للتولي: كتابة `!claim { $number }`.
mentor-still-unclaimed = **{ $case }** ما زالت تنتظر مرشدًا، بعد { $count } تذكيرات و{ $minutes } دقيقة. كان هذا آخر تذكير في هذه الغرفة؛ `!cases` يعرض الحالات المفتوحة.

## الردود على أوامر المرشدين.

mentor-claimed = { $case } الآن في عهدة { $mentor }.
mentor-claimed-already = { $case } في عهدة { $mentor } بالفعل. لنقلها إليك: `!assign { $number } { $you }`
mentor-claimed-yours = { $case } في عهدتك بالفعل.
mentor-released = { $case } مفتوحة من جديد، بانتظار شخص من فريق الدعم.
mentor-released-not-claimed = { $case } ليست في عهدة أحد.
mentor-assigned = { $case } أُسندت الآن إلى { $mentor }.
mentor-not-member = { $mentor } ليس عضوًا في هذه الغرفة بعد. الدعوة أولًا ضرورية.
mentor-note-added = حُفظت الملاحظة مع { $case }. لا تُعرض أبدًا على الشخص.
mentor-closed = أُغلقت { $case }. أُبلغ الشخص وسُئل إن كان ذلك قد ساعده.
mentor-closed-already = { $case } مغلقة.
mentor-case-closed-no-relay = { $case } مغلقة: لم تُنقل رسالتك.
mentor-case-unreachable = لم تعد { $case } تصل إلى الشخص: لقد محا بياناته.
mentor-revealed = من الآن، تُظهر رسائلك في { $case } معرّفك على ماتريكس.
mentor-unknown-case = لا توجد حالة { $number }. يعرض `!cases` الحالات المفتوحة.
mentor-unknown-command = لا أعرف `{ $command }`. يعرض `!help` ما أفهمه.
mentor-usage = الصيغة الصحيحة: `{ $usage }`
mentor-help =
    الأوامر، في هذه الغرفة (يُكتب رقم الحالة `42` أو `C-0042`؛ ويمكن حذفه داخل سلسلة الحالة):

    - `!cases`: الحالات المفتوحة، الأكثر إلحاحًا أولًا
    - `!case 42`: تفاصيل حالة وملاحظاتها
    - `!claim 42`: تولي حالة (التفاعل مع بطاقتها لا يكفي: التفاعلات غير مشفرة، ويمكن لأي أحد على الخادم تزييفها)
    - `!release 42`: التخلي عنها
    - `!assign 42 @name:server`: إسنادها إلى مرشد آخر
    - `!note 42 text`: ملاحظة للفريق، لا تُعرض أبدًا على الشخص
    - `!close 42 [note]`: إغلاقها؛ يُبلَّغ الشخص ويُسأل إن كان ذلك قد ساعده
    - `!reveal 42`: إظهار معرّفك على ماتريكس مع رسائلك
    - `!handoff 42`: محادثة مشفرة جديدة بينك وبين الشخص (يُسأل أولًا ما لم يكن قد شارك اسمه)
    - `!oncall on` / `!oncall off`: تلقي رسالة مباشرة عندما تنتظر حالة عاجلة دون مرشد
    - `!oncall`: من المناوب الآن، وجدول المناوبة
    - `!followup 42 in 3d [نص]` أو `!followup 42 on 2026-12-03 10:00 [نص]` (بتوقيته): أكتب إليه حينها باسم «فريق الدعم»
    - `!followups 42`: المتابعات المخطط لها لحالة؛ `!followup cancel 7` يلغي واحدة
    - `!plan 42`: خطة الحماية الخاصة بالشخص، في سلسلة الحالة — فقط بعد موافقته (أسأله إن لزم الأمر)
    - `!suggest 42 نص`: أسأله إن كان يودّ إضافة هذه الخطوة إلى خطته
    - `!identity`: مفاتيح الأمان المتغيّرة قيد الانتظار؛ `!identity approve P-1234` بعد التحقق مع الشخص بطريقة أخرى

    رُدّ في سلسلة الحالة لتكتب إلى الشخص؛ وما يكتبه يعود إلى السلسلة نفسها.

## Follow-ups mentors ask for (`!followup`): times on the person's clock, and in UTC.

mentor-followup-set = المتابعة { $number } للحالة { $case }: { $when } بتوقيته ({ $zone })، { $utc }. سيقرؤها باسم «فريق الدعم»، دون معرّف Matrix الخاص بك.
mentor-followup-quiet = الوقت الذي حددته يقع في ساعات الهدوء لديه، لذلك تُرسل عند انتهائها (الوقت أعلاه).
mentor-followup-paused = أوقف هذا الشخص التذكيرات: ستنتظر المتابعة حتى يعيد تشغيلها.
mentor-followup-bad-time = لم أفهم متى. اكتبها هكذا: `!followup 42 in 3d [نص]` أو `!followup 42 on 2026-12-03 10:00 [نص]` (بتوقيته)، خلال سنة على الأكثر.
mentor-followup-past = { $when } ({ $zone }) مضى بالفعل بتوقيته.
mentor-followup-unknown = لا توجد متابعة رقم { $number } مخطط لها من فريق الدعم. `!followups 42` يعرض متابعات الحالة.
mentor-followup-cancelled = أُلغيت المتابعة { $number } ({ $case }).
mentor-followups-none = لا توجد متابعات مخطط لها للحالة { $case }.
mentor-followups-head = المتابعات المخطط لها للحالة { $case }:
mentor-followups-line = #{ $number } · { $when } ({ $zone }) · { $utc } · { $text }
mentor-followup-no-text = (بلا نص: يُسأل عن حاله)
mentor-followup-delivered = { $case }: وصلت إليه المتابعة { $number }.
mentor-followup-cancelled-by-them = { $case }: ألغى المتابعة { $number }.

## القوائم والتفاصيل.

mentor-cases-none = لا توجد حالات مفتوحة.
mentor-cases-head = الحالات المفتوحة، الأكثر إلحاحًا أولًا ثم الأقدم:
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = بالانتظار
mentor-status-claimed = في عهدة { $mentor }
mentor-status-closed = مغلقة
mentor-age-minutes = قبل { $count } دقيقة
mentor-age-hours = قبل { $count } ساعة
mentor-age-days = { $count ->
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
   *[other] قبل { $count } يومًا
}
mentor-case-opened-at = فُتحت { $age }.
mentor-case-notes = الملاحظات:
mentor-case-handoff-asked = اقتُرحت محادثة مباشرة؛ بانتظار الرد.
mentor-case-handoff-approved = قُبلت محادثة مباشرة؛ يجري إنشاؤها.
mentor-case-handoff-created = توجد محادثة مباشرة مع الشخص.
mentor-case-handoff-declined = فضّل الشخص ألا تكون هناك محادثة مباشرة.
mentor-case-handoff-failed = تعذّر إنشاء المحادثة المباشرة.

## ما يفعله الشخص كما يراه المرشدون (في سلسلة الحالة).

mentor-relay-from = { $case }:
mentor-relay-from-edited = { $case } (معدّلة):
mentor-relay-file = أرسل { $case } ملفًا؛ يتبع في هذه السلسلة.
mentor-asked-again = { $case }: طلب مجددًا التحدث مع شخص.
mentor-feedback-yes = { $case }: قال إن ذلك ساعده.
mentor-feedback-no = { $case }: قال إن ذلك لم يساعده.
mentor-anonymised = { $case }: محا الشخص بياناته. أُغلقت الحالة؛ والملاحظات محفوظة.
mentor-file-gone = { $case }: لم يعد أحد الملفات محفوظًا (مُحي، أو انقضت مدة حفظه).
mentor-file-not-cleaned = { $case }: قد يحمل الملف التالي تفاصيل مخفية، مثل مكان إنشائه أو الهاتف الذي أُنشئ به؛ لم يستطع البوت إزالتها. يُفتح بحذر، على جهاز موثوق.

## المحادثات المباشرة.

mentor-handoff-asked = { $case }: سألت الشخص إن كان يوافق على محادثة مباشرة معك.
mentor-handoff-agreed = { $case }: قُبلت المحادثة المباشرة؛ أنا أنشئها.
mentor-handoff-declined = { $case }: يفضّل الشخص البقاء هنا. الكتابة تستمر في هذه السلسلة.
mentor-handoff-created = { $case }: أُنشئت محادثة مشفرة جديدة مع الشخص ومع { $mentor }؛ وأُرسلت الدعوة إلى كليهما.
mentor-handoff-failed = { $case }: تعذّر إنشاء المحادثة المباشرة. يمكن إعادة المحاولة لاحقًا بـ `!handoff { $number }`.

## مفاتيح الأمان المتغيّرة (للمرشدين والمشرفين).

mentor-identity-held = **{ $who }**: تغيّر مفتاح الأمان لحساب هذا الشخص. قد يكون هو نفسه على جهاز جديد — أو شخصًا استولى على حسابه. إلى أن يتحقق أحدكم معه بطريقة أخرى (مكالمة، لقاء شخصي) ويوافق، لا أرسل شيئًا إلى المفتاح الجديد وأتجاهل ما يصل منه. للموافقة: `!identity approve { $label }` · للإبقاء قيد الانتظار: `!identity reject { $label }`
mentor-identity-no-case = شخص ليس له حالة مفتوحة ({ $label })
mentor-identity-none = لا يوجد مفتاح أمان متغيّر قيد الانتظار.
mentor-identity-head = مفاتيح أمان متغيّرة قيد الانتظار:
mentor-identity-line = { $label } · { $status } · { $age }
mentor-identity-status-pending = بانتظار قرار
mentor-identity-status-rejected = مرفوض، لا يزال قيد الانتظار
mentor-identity-approved = { $label }: تمت الموافقة. أثق بمفتاحه الجديد من الآن.
mentor-identity-rejected = { $label }: لا يزال قيد الانتظار. أواصل تجاهل المفتاح الجديد.
mentor-identity-unknown = لا شيء قيد الانتظار باسم { $label }. يعرض `!identity` ما هو قيد الانتظار.

## قائمة المرشدين (للمرشدين والمشرفين).

mentor-room-unlisted = { $user } موجود في غرفة المرشدين لكنه ليس في قائمة المرشدين (`mentors.members`): لا يتلقى أي حالة، وأتجاهل أوامره. أخرجه من الغرفة، أو اطلب من أحد المشرفين إضافته إلى القائمة.

## للشخص، في محادثته مع البوت.

mentor-person-opened = أُبلغ فريق الدعم. سيقرأ شخص منه هذا في أقرب وقت ممكن ويرد عليك هنا. وحتى ذلك الحين، وطوال الحديث معه، يصل إليه ما يُكتب هنا. وللتحدث معي، أنا البوت، بدلًا من ذلك، يكفي كتابة **القائمة**.
mentor-person-still-open = طلبك لدى فريق الدعم. سيقرؤه شخص منه في أقرب وقت ممكن ويرد عليك هنا. ما يُكتب هنا يصل إليه.
mentor-person-taken = تولّى شخص من فريق الدعم طلبك وسيكتب إليك هنا.
mentor-person-says = من فريق الدعم:
mentor-person-says-named = من فريق الدعم ({ $mentor }):
mentor-person-closed = أُغلقت هذه المحادثة مع فريق الدعم. هل كانت مفيدة لك؟ يُرجى الإجابة بـ **نعم** أو **لا**.
mentor-person-thanks = شكرًا على ملاحظتك. يمكنك كتابة **القائمة** لرؤية ما يمكننا فعله معًا، أو **دعم** للوصول إلى شخص من جديد.
mentor-person-on-the-way = ذكّرت فريق الدعم بأنك في الانتظار. سيقرأ شخص منه هذا في أقرب وقت ممكن. وفي الأثناء، عند الحاجة إلى مساعدة الآن:
mentor-person-no-team = آسف: لا يمكن الوصول إلى أي شخص عبر هذه المحادثة الآن، لذلك لا أستطيع إيصال الطلب. يمكن لهذه الجهات المساعدة في أي ساعة:
mentor-person-team-unreachable = تعذّر عليّ الوصول إلى الفريق الآن، لذلك لا يمكن لأحد الرد عبر هذه المحادثة حاليًا. الطلب محفوظ وسيصل إلى الفريق حالما يعود الاتصال. يمكن لهذه الجهات المساعدة في أي ساعة:
mentor-person-handoff-ask = يودّ الشخص المتابع لطلبك من فريق الدعم التحدث معك في محادثة خاصة ومشفرة جديدة. سيرى هناك اسمك على ماتريكس. هل هذا مقبول لديك؟ يُرجى الإجابة بـ **نعم** أو **لا**.
mentor-person-handoff-invited = أرسلت إليك دعوة إلى محادثة مشفرة جديدة مع الشخص المتابع لطلبك من فريق الدعم. بقبول الدعوة يمكنكما التحدث مباشرة.
mentor-person-handoff-declined = حسنًا، نبقى هنا. سيواصل فريق الدعم الكتابة إليك عن طريقي.

## المناوبة (`!oncall`) والرسائل المباشرة للسُّلَّم. الرسالة المباشرة تذكر رقم الحالة فقط —
## لا الشخص أبدًا — لأنها قد تظهر على شاشة مقفلة.

mentor-oncall-on = أنت مناوب الآن: عندما تنتظر حالة عاجلة دون مرشد، سأخبرك برسالة مباشرة مشفرة. عند الانتهاء: `!oncall off`.
mentor-oncall-already-on = أنت مناوب بالفعل. للإنهاء: `!oncall off`.
mentor-oncall-off = لم تعد مناوبًا.
mentor-oncall-not-on = لم تكن مناوبًا.
mentor-oncall-list = المناوبون الآن: { $names }
mentor-oncall-none = لا أحد مناوب الآن.
mentor-oncall-rota = جدول المناوبة (من الإعدادات):
mentor-oncall-howto = `!oncall on` يجعلك مناوبًا حتى `!oncall off`. الحالة العاجلة التي لا يتولاها أحد تُرسل، برقمها فقط، في رسالة مباشرة إلى المناوبين، ثم إلى المسؤولين.
mentor-dm-oncall = 🔴 الحالة العاجلة **{ $case }** تنتظر منذ { $minutes } دقيقة دون مرشد، وأنت مناوب. يرجى توليها في غرفة المرشدين: `!claim { $number }`.
mentor-dm-lead = 🔴 الحالة العاجلة **{ $case }** تنتظر منذ { $minutes } دقيقة ولم يتولها أحد، حتى بعد إبلاغ المناوبين. يرجى توليها في غرفة المرشدين (`!claim { $number }`) أو إيجاد من يستطيع.
mentor-dm-here = أرسل التنبيهات فقط في هذه المحادثة. يُعمل على الحالات في غرفة المرشدين.
mentor-ladder-oncall-sent = { $case }: أُبلغ المناوبون برسالة مباشرة ({ $names }).
mentor-ladder-leads-sent = { $case }: أُبلغ المسؤولون برسالة مباشرة ({ $names }).
mentor-ladder-nobody-oncall = { $case }: لا أحد مناوب، لذلك لم يُبلَّغ أحد برسالة مباشرة. للتلقي في المرة القادمة: `!oncall on`.
mentor-ladder-no-leads = { $case }: لم يُحدَّد مسؤولون (`mentors.leads`، وإلا فالمشرفون)، لذلك لم يُبلَّغ أحد.
mentor-ladder-dm-failed = { $case }: تعذّر فتح محادثة مباشرة مع { $mentor }.
## Team mode

mentor-person-passed = وصلت الرسالة إلى فريق الدعم. سيقرؤونها في أقرب وقت ممكن ويجيبون هنا.
mentor-person-file-unreadable = تعذّر إيصال هذا الملف إلى فريق الدعم: حجمه كبير جدًا أو تعذّرت قراءته. يمكنك وصفه بالكلمات، أو تجربة ملف أصغر.

## !commands in a direct chat

mentor-dm-pointer = يعمل `{ $command }` في غرفة فريق الدعم، لا في محادثة مباشرة معي: { $room }
mentor-dm-no-room = يعمل `{ $command }` في غرفة فريق الدعم، ولم تُعدّ غرفة فريق الدعم بعد (`mentor_room` في الإعدادات).

## خطط الحماية: `!plan 42` (لا تُعرض إلا بموافقة الشخص) و`!suggest 42 نص`.

mentor-plan-head = **{ $case }: خطة الحماية** ({ $count ->
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
       *[other] { $count } خطوة
    })، شاركها الشخص:
mentor-plan-in-thread = { $case }: الخطة في سلسلة الحالة.
mentor-plan-none = { $case }: لا توجد خطة حماية.
mentor-plan-asked = سألتُ { $case } إن كان يمكنك رؤية خطة الحماية. ستظهر هنا إذا وافق الشخص.
mentor-plan-declined = { $case }: اختار الشخص عدم مشاركة خطة الحماية.
mentor-suggest-sent = أُرسل اقتراحك إلى { $case }. سيجيب الشخص بنعم أو لا، وسترى الإجابة هنا.
mentor-suggest-added = { $case }: أضاف الشخص الخطوة المقترحة إلى خطته.
mentor-suggest-declined = { $case }: لم يُضف الشخص الخطوة المقترحة.
mentor-suggest-no-storage = { $case }: لم يوافق الشخص على أن يحفظ البوت بياناته، لذا لا يمكن حفظ خطة له.
