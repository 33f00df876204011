### reviewed: yes
example-title = Example
example-description = A two-question example.
example-mood = How are you today, from 0 (very bad) to 10 (very good)?
example-want-person = Would you like to talk to a person?
example-thanks = Thank you. I noted { $mood }.
