<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>A word, such as sleep or signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading has those words. You might try fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short readings in Haven&apos;s own words. Read any, in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this reading helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves the list; you can show it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(helpful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this? Opens the reading: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the reading “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Content note:** {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*You marked this reading helpful.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven&apos;s own words, based on these pages. Haven never opens them for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {url} (checked {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · peak distress {peak} · afterwards {after} · comfort {comfort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this for a few seconds afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no readiness guide for this step. If it helps, you can add one of your own under Details, for example “three practices at or below 4 at their peak”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your guide: {n} practices at or below {peak} at their peak. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished practices for this step yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{within} of your last {considered} practices peaked at or below {peak}. Your guide mentions {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; look at it again on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed since it was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier words, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• “{text}” (until {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements you make at the end of a check-in are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it on the page for my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again, or change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement can stay, change, or end. Its earlier words are kept, so you can both see how it grew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The earlier words are kept below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{text}” and its earlier words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular check-ins keep you both in the loop. Your words stay in your encrypted journal; the page for your partner holds only what you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On to the next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you wrote and carry on another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and keep the agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few short questions to talk through together. Each of you can answer, in your own words, or skip any of them. You can stop at any time: Keep for later keeps what you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which practice (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations kept for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation you keep for later waits here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What my partner says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you agree on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement is something you both said yes to, for now. Give it a day to look at it again; you can change it whenever you like, and its earlier words are kept. No agreement is needed to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on your roadmap moves by itself: a step changes only when you change it in Roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else to remember (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on the check-in of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the agreement first, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}
Look at it again on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. You can add another, or finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept. You can carry on from Kept for later whenever you both like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished, with {n} agreement(s). They are under Agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. Thank you both for talking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a particular one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · kept for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I said: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner said: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also to remember: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins you have together are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the check-in of {day}? Its agreements stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in of {day} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear or danger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What closeness means to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind word to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this {what} from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} from {when} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is my body doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tells me I am safe now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would tell me I am not safe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will I do next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on my list for therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to what I want to talk about in therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the page, then opens Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and open Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the page, then opens Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages you kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages you save will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When fear shows up, these questions can help you check what is happening now. Answer any of them, in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the page from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It is in your journal, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is hard right now (if you want to say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My kind words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I may want to bring this to therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these kind words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind words you kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind words you save are listed here, to read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short way to be on your own side for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the kind word from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. You can read it again here whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card is in the same pile as on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {day}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “{card}” a roadmap step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this card a step on your roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own card to the sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between the sorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the chosen sort beside your latest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts you save are listed here with their date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put each card where it fits for you today. Leave any card unsorted. A later sort can be set beside this one to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the sort from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It keeps its first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is on your roadmap. It will be there whenever you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an earlier sort in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your latest sort. Choose an earlier one to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notes for working with a therapist. They stay in your encrypted journal; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring to therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap steps this practice is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a step, and the Practice area shows what you agreed beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps you add in Roadmap can be ticked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from a session, in your own words. Every field is optional, and you can change or delete a session at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions you logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions you log are listed here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the session of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. You can change it whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your notes from the session of {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of {day} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the summary PDF for this period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the summary PDF for the days since my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Share with these dates; you choose what goes in before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress and comfort, then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is logged yet, so this looks back over the last 90 days. When you log a session, this page starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last session on {day}, up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step moved in this time. Staying with a step is pacing too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No situation moved on the map in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice recorded in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 practice recorded in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} practices recorded in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the list right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the week up to the session {then}; the last 7 days {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages of your check-ins, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress scale: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort scale: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to bring to therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this line to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the list right now. Whatever you mark anywhere in Haven lands here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off the chosen item as talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries marked to share, what you wrote for your therapist after a practice, moments added from the care panel, reflections, and lines you type here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items you tick off are kept here, with the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen item back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few words first, then add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked off. It is kept under &apos;Already talked about&apos;, with today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this off the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this off the list to bring to therapy?
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryReviewDialog</name>
    <message>
        <source>Look at this boundary again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundary, as it reads now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time to look at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep it as it is or change the words. Either way the earlier wording stays in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was due for a look by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Breathing pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start when you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left in this part of the breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start again whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPanel</name>
    <message>
        <source>Your own rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion: words and a count, no moving circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m done with breathing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureSetting</name>
    <message>
        <source>Hide Haven from screenshots and screen sharing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <source>Something that might help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my pause plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause plan, in its own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a grounding tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing, 5-4-3-2-1 or a body scan, in the Grounding area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own contacts and helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this to what I want to talk about in therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be in your summary for therapy, under things to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About adding this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it would help, you might try one of these. There is no need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sounds like a hard moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated your distress {rated}. Thank you for noting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice was harder than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your distress reached {rated}. That is useful to know, and going slower is always fine. What helped, even a little?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your distress was higher afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That happens sometimes, and it is not something you did wrong. Another tool, or something else, may suit this moment better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for saying so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something happened that you did not want, it was not your fault. A stop is always allowed, at any moment, with or without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being sure is all right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can help to talk it through with your therapist or someone you trust. A stop is always allowed, at any moment, with or without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. It is in your summary for therapy, under “Things I want to talk about”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareSettings</name>
    <message>
        <source>When something is hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a check-in or a practice with distress at or above this number, after grounding that left you more distressed, or after a consent answer of No or Not sure, Haven quietly offers your pause plan, a grounding tool, Help now, and a way to note it for therapy. Once each time; you can close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer care at or above this distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t offer this after a rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t offer care after a rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer care at or above distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent answer of No or Not sure is always answered with care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Change a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for this check-in, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep, in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date for: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Your reflection on a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress at its highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort during the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped, even a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to tell your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone was with you: did you check in with each other about consent throughout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one else was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent checked throughout: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped, even a little?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to tell your therapist (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven is a private place for your journal, your pacing roadmap, your comfort thresholds and your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted, and Haven never goes online. Nobody can open your journal without your passphrase or your recovery code, not even the people who made Haven. That also means nobody can reset your passphrase for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Haven cannot protect against: someone who can see the screen while Haven is open, or a program that records typing or watches the computer (a keylogger or stalkerware). If you think someone may have put such a program here, a support service can help you check, from a device they cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At any time, Ctrl+Shift+H hides and locks Haven at once. Pause (Ctrl+Shift+P) and Help now (Ctrl+Shift+N) are always at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is the key to your journal. A few words that don&apos;t usually go together are easier to remember and harder to guess than a short word with symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up your encrypted journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change all of these later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Haven on this computer without the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keeps a key in this computer&apos;s keychain. Anyone who can log in to this computer account could then open Haven. It stays off unless you turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the gentle example roadmap (every step can be changed or removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a neutral name instead of “Haven”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a neutral window name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral window name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shows in the title bar, the task switcher and any notification. Notifications never show what you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven could not set up the journal here. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven locked before your recovery code was kept. You might make a new one in Settings, so you have one you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven could not remember the journal on this device: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundingArea</name>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times you used grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet. After a tool you can, if you like, note how you felt before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grounding use was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this grounding use and its note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. You can change the ratings or the note, or delete one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distress before: {before} · afterwards: {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundingDialog</name>
    <message>
        <source>Haven is locked, so this was not saved. Nothing else changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundingToolsPanel</name>
    <message>
        <source>Grounding tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short exercises to help you come back to the present. Each opens in its own window; you can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saved recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding you saved recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet. After a tool you can, if you like, note how you felt before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distress {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundingUseDialog</name>
    <message>
        <source>Change a grounding use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress before you started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpCard</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure where to begin? Today can show again the card with a few places you might start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you might start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone is in danger right now, you can call your local emergency number. These services are free and confidential. Haven does not go online: this list is stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own contacts show here once Haven is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not added anyone yet. When you feel ready, you might add people you trust to the Safety plan, and they will show here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show helplines for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {number} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}, checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Change this {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first field is needed. Everything else is up to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalArea</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match. You might try other words or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. When you feel like writing, the editor is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are kept as a draft. Open that entry again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished entry from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is your unfinished entry. It becomes an entry when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished entry was let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this for a few seconds afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need a prompt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an optional question to write about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress while writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort while writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off unless you turn it on. Only entries with this on can go into a therapy summary, and only if you choose them when you make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the two ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scale} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings: {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt, if it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if it helps. You can change the words, or write about something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to my entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no prompts to show right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalLayout</name>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show entries between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry in your journal (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendRow</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything, lock and minimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause plan and a breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contacts and helplines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pacing</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feels manageable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now practising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You moved this step back. That is a normal part of pacing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is paused. It will be here whenever you want it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your pause plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What my partner can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause plan shows here once Haven is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pause plan here yet. When you feel ready, you might write one in the Safety plan: what you can do, and what your partner can do, when one of you needs a pause. Until then, the breathing guide is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can stop or pause at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeArea</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step no longer in the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {when} · {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished practices, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished practices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this practice and its reflection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} — {ratings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice belongs to a step. You might add one in Roadmap first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your safety plan. You can change it for this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You might choose the step this practice belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practising: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signal: “{signal}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a draft. You can continue it here whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written yet, so there was nothing to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection is saved. Thank you for taking the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this unfinished practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote for this practice will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished practice was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeForm</name>
    <message>
        <source>What helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timer, if you would like one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time so far: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer stopped at: {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePages</name>
    <message>
        <source>A practice has three parts: a short plan before, a calm screen during, and a reflection afterwards. Every question is optional, and you can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice belongs to a step of your roadmap. When you feel ready, you might add a step in Roadmap first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices you have not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the chosen practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen unfinished practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you start is kept here until you finish it, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. You can open one to change its reflection, or delete it; a delete can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step this practice belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would like from this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: to notice how holding hands feels today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your boundaries for this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: clothes stay on; we stay in the living room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agreed a stop or pause signal together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agreed a stop or pause signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word, a gesture, a tap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the signal came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and pause signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most distress you expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you wrote as a draft and go back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question is optional. You can change your mind at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step you are practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can pause or stop at any time, and so can your partner. A yes can change to a no at any moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agreed signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause plan and a breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer is optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress at its highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress now, afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort during the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone was with you: did you check in with each other about consent throughout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one else was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent checked throughout: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to tell your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for your therapist summary. You choose what any summary includes before it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the practice screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your time. Every question is optional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of practices for the chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of situations in each zone over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPages</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How things have moved over time, from your own check-ins and practices. None of this is a score: ups and downs are a normal part of pacing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of dates to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress and comfort over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each has its own scale from 0 to 10. Distress: 0 is calm, 5 upset but manageable, 10 the most distress you can imagine. Comfort: 0 is no comfort at all, 10 completely at ease and safe. Dots are single days; the line is the average of the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress before, at its peak and afterwards, for each finished practice of the step you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap step to show practices for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many situations sat in each zone of your thresholds map, from the first one you added until today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns in your entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Distress before you started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: anything you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You came to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you like, you can note your distress from before and now ({legend}). Both are optional. Nothing is saved unless you choose “Save to my history”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old recovery code no longer opens the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not keep the new recovery code, you can make another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept my recovery code somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery code for one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your journal instead. It is shown only now. You might write it on paper and keep it somewhere private, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Haven clears it from the clipboard in one minute, and when it locks. A clipboard manager, if you use one, may keep its own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printed code is only as private as the paper it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some printers, especially shared ones, keep a copy of what they print. Printing to a file (PDF) makes a copy that is not encrypted. You can also write the code down by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code

{code}

Keep this somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmGuide</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapArea</name>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}: {title}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · Added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example steps are yours now: rename, reorder or delete any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You might write your first step below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step needs a short name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. It starts as “Not started”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step needs a short name. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to place {n} of {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is already “{state}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” and its timeline will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step is back, with its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapPages</name>
    <message>
        <source>Your roadmap is empty for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roadmap is a list of steps you define, in the order you choose. Each step stays where it is until you change it, and moving back is always possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a gentle example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds example steps you can rename, reorder or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every step in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen step. Drag and drop works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new step, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step to see where it is and what you noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this step is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back along your path. That is a normal part of pacing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a practice for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where this step is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New state for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness, as information only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How recent practices compare with your guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decide when, and whether, to move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices for this step, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practices for this step yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this step, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What might tell you this step feels ready, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A readiness guide of your own (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare my recent practices with a guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a readiness guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many practices the guide counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak distress at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of recent practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is only for you to compare with. Haven never moves a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the step&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanArea</name>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and pause signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsBox</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change what opens your journal, Haven first asks for your current passphrase, so nobody who finds it open can take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code replaces the old one, which then stops working. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Haven on this computer without the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer account could then open Haven. Haven still locks as usual, and asks for the passphrase after a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That didn&apos;t work, and nothing was changed. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your recovery code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is saved and the journal has a new key, but Haven locked before it could show the new recovery code. You might make a new recovery code in Settings now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery code was made just as Haven locked, so it was not shown. You might make another one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device no longer remembers the journal. The passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first, then turn this on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device now remembers the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t lock by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven will then stay open until you lock or hide it, or the screen locks. Anyone who reaches this computer while it is open could read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven also locks when the screen locks or the computer sleeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance and discretion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a neutral name instead of “Haven”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a neutral window name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral window name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neutral name shows in the title bar, the task switcher and any notification, also while Haven is locked. Notifications never show what you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and moving your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted copies of your whole journal. Importing adds entries from Haven, jrnl or Daylio, after showing you what a file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SleepHoursBox</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep is counted in hours, from 0 to 24. You could change the number, or leave it as “Not recorded”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartCard</name>
    <message>
        <source>Where you might start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Your pause plan and stop signals: what you, and anyone with you, will do when something feels like too much. A way to stop comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my pause plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Stop and pause signals: a word or a gesture that always means stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose my signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. A first check-in, just below, whenever you like. Any numbers are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding tools are there at any moment, in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the grounding tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this isn&apos;t for today, you can close this window. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you feel ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak: this could be guessed quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: this could be guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsArea</name>
    <message>
        <source>Thresholds map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations, sorted by how they feel right now. Move them whenever that changes, in either direction: each move is kept with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary: {boundary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · Added to “{zone}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You last marked the map as reviewed on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not marked the map as reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: you looked at your map today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A situation needs a few words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to “{zone}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A situation needs a few words. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to “{zone}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this situation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{situation}” and its history will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{situation}” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is back, with its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsPages</name>
    <message>
        <source>A gentle reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your map is ready for a look whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I looked at my map today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Left and Ctrl+Right move the chosen situation to another column. Alt+Up and Alt+Down move it within this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many in this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen situation to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to “{zone}” (Ctrl+Left / Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A situation, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for the new situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundary it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a situation in a column to see and change its words here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every move of the chosen situation, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it has moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle reminder, if you want one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to look at the map every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to look at the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weeks between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder only appears here, in Haven, and never shows what the map says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayArea</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you right now? Distress and comfort are two separate scales: you can feel some of both. Everything else is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0 to 24, or Not recorded (the lowest value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep last night, in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for this check-in, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you&apos;d like to remember about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check-in (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves from any field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number for distress and one for comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number for distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number for comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before saving, you might choose {what}. Any number is fine: it is only how it feels right now. Nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. You can open one to change it, or delete it; a delete can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet. The first one is above, whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this check-in and its note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distress {value}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comfort {value}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress {value}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews you asked to be reminded of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries ready for a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at them in the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the thresholds map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing and other ways to come back to the present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you feel ready, you asked to look at these boundaries again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your thresholds map might be ready for a look, whenever suits you. You chose to look at it every {weeks} weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last practice: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak distress {value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak distress not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with this device&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code you kept when you set up the journal. Spaces, dashes and capital letters don&apos;t matter. Afterwards you can choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is open. You might choose a new passphrase now, so you don&apos;t need the recovery code next time. Your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then press Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase was saved just before Haven locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase was not saved; your old one still works. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not open the journal by itself, so your passphrase is needed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven could not open the journal. Nothing was changed. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To keep your journal safe from guessing, Haven waits a little longer after each try that didn&apos;t fit. You can try again in {left}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haven could not make its hourly automatic backup this time ({reason}). What you saved is safe in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <source>Chart of distress and comfort over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>{when} · not finished yet (kept as a draft in Practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to “{zone}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from “{old}” to “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
