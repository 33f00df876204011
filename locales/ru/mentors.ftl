### reviewed: no
## Mentors. Texts for the mentor room are shown in the default language; texts starting with
## `mentor-person-` are for the person, in their own language. Keep the ids and the { $placeables };
## keep commands such as `!claim` as they are (mentors type them in English).

## Карточка обращения в комнате наставников.

mentor-card-title = Новое обращение **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }**: новый запрос от того же человека · { $urgency } · { $flow }
mentor-card-status-open = Статус: ждёт наставника.
mentor-card-status-claimed = Статус: ведёт { $mentor }.
mentor-card-status-closed = Статус: закрыто.
mentor-card-reason = Причина: { $reason }
mentor-card-who = Кто: { $who }
mentor-card-pseudonymous = { $case } (под псевдонимом)
mentor-card-erased = Человек удалил свои данные: кто он и чем поделился, больше не хранится.
mentor-card-shared = Чем человек согласился поделиться:
mentor-card-not-shared = Человек решил не делиться своими ответами.
mentor-card-files = { $count ->
    [one] { $count } файл — в ветке этого обращения.
    [few] { $count } файла — в ветке этого обращения.
    [many] { $count } файлов — в ветке этого обращения.
   *[other] { $count } файла — в ветке этого обращения.
}
mentor-card-howto = Напишите `!claim { $number }`, чтобы взять обращение. Отвечайте в его ветке, чтобы написать человеку.
mentor-urgency-normal = обычная
mentor-urgency-high = высокая
mentor-urgency-urgent = 🔴 СРОЧНО
mentor-answer-skipped = (без ответа)
mentor-answer-file = (файл, в ветке)
mentor-flow-unknown = разговор

## Напоминания о срочных обращениях (бот сам добавляет @room).

mentor-reping = **{ $case }** — срочное и ждёт наставника уже { $minutes } мин. Напишите `!claim { $number }`, чтобы взять его.
mentor-urgent-now = **{ $case }** стало срочным. Напишите `!claim { $number }`, чтобы взять его.
mentor-reping-high = **{ $case }** (высокая) ждёт наставника уже { $minutes } мин. Напишите `!claim { $number }`, чтобы взять его.
mentor-still-unclaimed = **{ $case }** всё ещё ждёт наставника: { $count } напоминаний, { $minutes } мин. Это было последнее напоминание в этой комнате; `!cases` показывает открытые обращения.

## Ответы на команды наставников.

mentor-claimed = { $case } теперь ведёт { $mentor }.
mentor-claimed-already = { $case } уже ведёт { $mentor }. Чтобы забрать: `!assign { $number } { $you }`
mentor-claimed-yours = { $case } уже у вас.
mentor-released = { $case } снова открыто и ждёт наставника.
mentor-released-not-claimed = { $case } никто не взял.
mentor-assigned = { $case } теперь передано { $mentor }.
mentor-not-member = { $mentor } не состоит в этой комнате. Сначала пригласите.
mentor-note-added = Заметка сохранена в { $case }. Человеку она никогда не показывается.
mentor-closed = { $case } закрыто. Человеку сообщили и спросили, помогло ли это.
mentor-closed-already = { $case } закрыто.
mentor-case-closed-no-relay = { $case } закрыто: ваше сообщение не передано.
mentor-case-unreachable = Через { $case } больше нельзя связаться с человеком: свои данные он удалил.
mentor-revealed = Теперь ваши сообщения в { $case } показывают человеку ваш идентификатор Matrix.
mentor-unknown-case = Обращения { $number } нет. `!cases` покажет открытые.
mentor-unknown-command = Я не знаю `{ $command }`. `!help` покажет, что я понимаю.
mentor-usage = Напишите так: `{ $usage }`
mentor-help =
    Команды в этой комнате (номер обращения пишется `42` или `C-0042`; в ветке обращения его можно не писать):

    - `!cases`: открытые обращения, сначала самые срочные
    - `!case 42`: подробности обращения и заметки
    - `!claim 42`: взять обращение (реакции на карточку недостаточно: реакции не шифруются, и любой на сервере может её подделать)
    - `!release 42`: вернуть его
    - `!assign 42 @name:server`: передать другому наставнику
    - `!note 42 text`: заметка для команды, человеку никогда не показывается
    - `!close 42 [note]`: закрыть; человеку сообщат и спросят, помогло ли это
    - `!reveal 42`: показывать человеку ваш идентификатор Matrix с вашими сообщениями
    - `!handoff 42`: новый зашифрованный чат между вами и человеком (сначала спросим его, если он не поделился именем)
    - `!oncall on` / `!oncall off`: получать личное сообщение, когда срочное обращение ждёт без наставника
    - `!oncall`: кто сейчас дежурит, и график
    - `!followup 42 in 3d [текст]` или `!followup 42 on 2026-12-03 10:00 [текст]` (по его часам): я напишу человеку в это время от имени «вашего наставника»
    - `!followups 42`: запланированные напоминания по делу; `!followup cancel 7` отменяет одно
    - `!plan 42`: план защиты человека, в ветке дела — только после его согласия (я спрошу, если нужно)
    - `!suggest 42 текст`: я спрошу, хочет ли человек добавить этот шаг в свой план
    - `!identity`: изменённые ключи безопасности, ожидающие решения; `!identity approve P-1234` — после проверки с человеком другим способом

    Отвечайте в ветке обращения, чтобы написать человеку; его ответы приходят туда же.

## Follow-ups mentors ask for (`!followup`): times on the person's clock, and in UTC.

mentor-followup-set = Напоминание { $number } для { $case }: { $when } по его времени ({ $zone }), { $utc }. Человек увидит его от «вашего наставника», без вашего Matrix ID.
mentor-followup-quiet = Указанное время попадает в его тихие часы: сообщение уйдёт, когда они закончатся (время выше).
mentor-followup-paused = Человек приостановил напоминания: сообщение подождёт, пока он их не включит.
mentor-followup-bad-time = Я не понял, когда. Напишите так: `!followup 42 in 3d [текст]` или `!followup 42 on 2026-12-03 10:00 [текст]` (по его часам), не больше чем на год вперёд.
mentor-followup-past = { $when } ({ $zone }) по его часам уже прошло.
mentor-followup-unknown = Нет запланированного наставниками напоминания { $number }. `!followups 42` покажет напоминания дела.
mentor-followup-cancelled = Напоминание { $number } ({ $case }) отменено.
mentor-followups-none = Для { $case } напоминаний не запланировано.
mentor-followups-head = Запланированные напоминания для { $case }:
mentor-followups-line = #{ $number } · { $when } ({ $zone }) · { $utc } · { $text }
mentor-followup-no-text = (без текста: человека спросят, как у него дела)
mentor-followup-delivered = { $case }: напоминание { $number } доставлено.
mentor-followup-cancelled-by-them = { $case }: человек отменил напоминание { $number }.

## Списки и подробности.

mentor-cases-none = Открытых обращений нет.
mentor-cases-head = Открытые обращения: сначала самые срочные, затем самые старые:
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = ждёт
mentor-status-claimed = ведёт { $mentor }
mentor-status-closed = закрыто
mentor-age-minutes = { $count } мин назад
mentor-age-hours = { $count } ч назад
mentor-age-days = { $count ->
    [one] { $count } день назад
    [few] { $count } дня назад
    [many] { $count } дней назад
   *[other] { $count } дня назад
}
mentor-case-opened-at = Открыто { $age }.
mentor-case-notes = Заметки:
mentor-case-handoff-asked = Предложен прямой чат; ждём ответа.
mentor-case-handoff-approved = Прямой чат согласован; он создаётся.
mentor-case-handoff-created = Прямой чат с человеком создан.
mentor-case-handoff-declined = Человек предпочёл обойтись без прямого чата.
mentor-case-handoff-failed = Прямой чат создать не удалось.

## Что делает человек, глазами наставников (в ветке обращения).

mentor-relay-from = { $case }:
mentor-relay-from-edited = { $case } (изменено):
mentor-relay-file = { $case }: пришёл файл; он будет в этой ветке.
mentor-asked-again = { $case }: человек снова просит связаться с кем-то из команды.
mentor-feedback-yes = { $case }: человек сказал, что это помогло.
mentor-feedback-no = { $case }: человек сказал, что это не помогло.
mentor-anonymised = { $case }: человек удалил свои данные. Обращение закрыто; заметки сохранены.
mentor-file-gone = { $case }: файл больше не хранится (удалён или истёк срок хранения).
mentor-file-not-cleaned = { $case }: следующий файл может содержать скрытые сведения — например, где и на каком телефоне он сделан; бот не смог их удалить. Открывайте его осторожно, на устройстве, которому доверяете.

## Прямые чаты.

mentor-handoff-asked = { $case }: я спросил, согласен ли человек на прямой чат с вами.
mentor-handoff-agreed = { $case }: прямой чат согласован; создаю его.
mentor-handoff-declined = { $case }: человек предпочитает остаться здесь. Пишите дальше в этой ветке.
mentor-handoff-created = { $case }: создан новый зашифрованный чат с человеком и { $mentor }; оба приглашены.
mentor-handoff-failed = { $case }: прямой чат создать не удалось. Попробуйте `!handoff { $number }` позже.

## Изменённые ключи безопасности (для наставников и администраторов).

mentor-identity-held = **{ $who }**: ключ безопасности этой учётной записи изменился. Возможно, это сам человек на новом устройстве — или кто-то, кто захватил его учётную запись. Пока кто-то из вас не проверит это с ним другим способом (звонок, лично) и не одобрит, я ничего не отправляю на новый ключ и не реагирую на то, что с него приходит. Одобрить: `!identity approve { $label }` · оставить в ожидании: `!identity reject { $label }`
mentor-identity-no-case = человек без открытого обращения ({ $label })
mentor-identity-none = Изменённых ключей безопасности, ожидающих решения, нет.
mentor-identity-head = Изменённые ключи безопасности, ожидающие решения:
mentor-identity-line = { $label } · { $status } · { $age }
mentor-identity-status-pending = ждёт решения
mentor-identity-status-rejected = отклонён, по-прежнему в ожидании
mentor-identity-approved = { $label }: одобрено. Теперь я доверяю новому ключу.
mentor-identity-rejected = { $label }: по-прежнему в ожидании. Я и дальше не реагирую на новый ключ.
mentor-identity-unknown = Под { $label } ничего не ожидает решения. `!identity` покажет, что ожидает.

## Список наставников (для наставников и администраторов).

mentor-room-unlisted = { $user } есть в комнате наставников, но не в списке наставников (`mentors.members`): этот человек не получает обращений, а его команды я не выполняю. Удалите его из комнаты или попросите администратора добавить его в список.

## Для человека, в его чате с ботом.

mentor-person-opened = Команда уже знает. Кто-то из команды прочитает это, как только сможет, и ответит вам здесь. До тех пор, и пока вы с ним общаетесь, всё, что вы пишете здесь, передаётся ему. Напишите **меню**, чтобы вместо этого поговорить со мной, ботом.
mentor-person-still-open = Ваш запрос у команды. Кто-то из команды прочитает его, как только сможет, и ответит вам здесь. Всё, что вы пишете здесь, передаётся ему.
mentor-person-taken = Наставник взял ваш запрос и напишет вам здесь.
mentor-person-says = Ваш наставник:
mentor-person-says-named = Ваш наставник ({ $mentor }):
mentor-person-closed = Ваш наставник закрыл этот разговор. Это вам помогло? Ответьте **да** или **нет**.
mentor-person-thanks = Спасибо, что сказали. Напишите **меню**, чтобы увидеть, что мы можем сделать вместе, или **наставник**, чтобы снова связаться с человеком.
mentor-person-on-the-way = Я напомнил команде, что вы ждёте. Кто-то из команды прочитает это, как только сможет. А пока, если помощь нужна прямо сейчас:
mentor-person-no-team = Мне жаль: сейчас через этот чат нельзя связаться ни с кем из людей, поэтому я не могу передать ваше обращение. Эти службы помогут в любое время:
mentor-person-team-unreachable = Мне не удалось связаться с командой прямо сейчас, поэтому пока никто не может ответить через этот чат. Ваше обращение сохранено и дойдёт до команды, как только связь восстановится. Эти службы помогут в любое время:
mentor-person-handoff-ask = Ваш наставник хотел бы поговорить с вами в новом личном зашифрованном чате. Там он увидит ваше имя в Matrix. Вы согласны? Ответьте **да** или **нет**.
mentor-person-handoff-invited = Я пригласил вас в новый зашифрованный чат с вашим наставником. Примите приглашение, чтобы поговорить с ним напрямую.
mentor-person-handoff-declined = Хорошо, остаёмся здесь. Ваш наставник продолжит писать вам через меня.

## Дежурство (`!oncall`) и личные сообщения лестницы. В личном сообщении только номер
## обращения — никогда не человек: оно может появиться на заблокированном экране.

mentor-oncall-on = Вы дежурите: когда срочное обращение ждёт без наставника, я напишу вам в личном зашифрованном сообщении. Напишите `!oncall off`, когда закончите.
mentor-oncall-already-on = Вы уже дежурите. Напишите `!oncall off`, чтобы закончить.
mentor-oncall-off = Вы больше не дежурите.
mentor-oncall-not-on = Вы не дежурили.
mentor-oncall-list = Сейчас дежурят: { $names }
mentor-oncall-none = Сейчас никто не дежурит.
mentor-oncall-rota = График (из настроек):
mentor-oncall-howto = `!oncall on` включает ваше дежурство до `!oncall off`. Срочное обращение, которое никто не взял, уходит — только номером — личным сообщением дежурным, затем руководителям.
mentor-dm-oncall = 🔴 Срочное обращение **{ $case }** ждёт без наставника уже { $minutes } мин, а вы дежурите. Возьмите его в комнате наставников: `!claim { $number }`.
mentor-dm-lead = 🔴 Срочное обращение **{ $case }** ждёт уже { $minutes } мин, и никто его не взял, даже после сообщения дежурным. Возьмите его в комнате наставников (`!claim { $number }`) или найдите того, кто сможет.
mentor-dm-here = В этом чате я только присылаю оповещения. Работайте с обращениями в комнате наставников.
mentor-ladder-oncall-sent = { $case }: дежурным отправлено личное сообщение ({ $names }).
mentor-ladder-leads-sent = { $case }: руководителям отправлено личное сообщение ({ $names }).
mentor-ladder-nobody-oncall = { $case }: никто не дежурит, поэтому личных сообщений не было. Напишите `!oncall on`, чтобы получить следующее.
mentor-ladder-no-leads = { $case }: руководители не настроены (`mentors.leads`, иначе администраторы), поэтому никому не написано.
mentor-ladder-dm-failed = { $case }: не удалось открыть личный чат с { $mentor }.
## Team mode

mentor-person-passed = Передано команде. Это прочитают, как только смогут, и ответят здесь.
mentor-person-file-unreadable = Не удалось передать этот файл команде: он слишком большой или не читается. Можно описать его словами или попробовать файл поменьше.

## !commands in a direct chat

mentor-dm-pointer = `{ $command }` работает в комнате наставников, а не в личном чате со мной: { $room }
mentor-dm-no-room = `{ $command }` работает в комнате наставников, а она ещё не настроена (`mentor_room` в конфигурации).

## Планы защиты: `!plan 42` (только с согласия человека) и `!suggest 42 текст`.

mentor-plan-head = **{ $case }: план защиты** ({ $count ->
        [one] { $count } шаг
        [few] { $count } шага
       *[other] { $count } шагов
    }), которым поделился человек:
mentor-plan-in-thread = { $case }: план — в ветке обращения.
mentor-plan-none = У { $case } нет плана защиты.
mentor-plan-asked = Я спросил { $case }, можно ли вам увидеть план защиты. Он появится здесь, если человек согласится.
mentor-plan-declined = { $case }: человек решил не показывать свой план защиты.
mentor-suggest-sent = Ваше предложение отправлено { $case }. Человек ответит «да» или «нет», и вы увидите ответ здесь.
mentor-suggest-added = { $case }: человек добавил предложенный шаг в свой план.
mentor-suggest-declined = { $case }: человек не добавил предложенный шаг.
mentor-suggest-no-storage = { $case }: человек не согласился на хранение своих данных, поэтому план для него сохранить нельзя.
