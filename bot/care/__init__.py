"""The care domain: conversations with activists, rendering, privacy, retention, admin commands,
the mentors' cases and the follow-ups. It decides and queues through the store's unit of work;
it never imports the Matrix edge (`bot.matrix`) or the database driver.
"""
