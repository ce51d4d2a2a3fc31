import { ALL_OF_ALL, type ClaimLanguage } from './language.js';

const ADV = String.raw`(?:now|fully|successfully|completely|finally|totally|all|entirely|properly|definitely|officially|already|also|indeed|truly|really|thankfully|happily|luckily|just|been|not|never|yet|still|mostly|basically|apparently)`;
const FIXED = String.raw`(?:resolved|fixed|solved|sorted(?: out)?|repaired|restored|cleared up|taken care of|dealt with|remedied|rectified|addressed|cured|mended|corrected|handled|squared away|back to normal|back online|up and running|operational|functional|stable again)`;
const SYMPTOM = String.raw`(?:crash|cut(?:s|ting)? out|fail|fall|fell|freez|froze|drop|disconnect|error|appear|show|occur|happen|hang|prompt|reboot|restart|stall|lag|time|bluescreen|stutter|flicker|jam|beep|pop|kick|lock|throw|complain|die|broken|down|faulty|offline|an issue|a problem|an? problem|problematic|unreachable|unavailable|misbehav|glitch|bug|reproduc|recur|reoccur)\w*`;
const SYMPTOM_NOUN = String.raw`(?:errors?|issues?|problems?|crash(?:es)?|messages?|prompts?|warnings?|faults?|bugs?|pop-?ups?|symptoms?|glitch(?:es)?|outages?|freezes?|blue ?screens?|bsods?|alerts?)`;
const DEVICE_VERBS = String.raw`(?:works|working|go through|goes through|going through|gone through|went through|come through|comes through|runs|running|prints|printing|connects|connecting|boots|booting|syncs|syncing|loads|loading|opens|opening|starts|starting|responds|responding|sends|sending|receives|receiving|functions|functioning|behaves|behaving|performs|performing|logs in|logging in|signs in|signing in|launches|launching|scans|scanning|mounts|mounting|authenticates|authenticating|operates|operating|work|run|print|connect|boot|sync|load|open|respond|function|behave|perform|launch|scan|operate|flows|flowing|comes in|coming in|arrives|arriving|goes out|going out|reconnects|reconnecting|updates|updating|saves|saving|backs up|backing up|downloads|downloading|uploads|uploading|renders|rendering|displays|displaying|charges|charging|plays|playing|maps|mapping|resolves|resolving|routes|routing|transfers|transferring|completes|completing)`;
const WELL = String.raw`(?:fine|normally|properly|correctly|as (?:expected|intended|it should|normal|usual|before)|perfectly|flawlessly|smoothly|like (?:a charm|new|before|normal)|without (?:a |any )?(?:issues?|errors?|problems?|trouble|hiccups?|crash(?:es|ing)?|interruptions?|drops?)|great|ok|okay|well|reliably|no problem|a treat|as designed|stably|steadily|consistently|cleanly|seamlessly|without a hitch|like clockwork|like it should|as it used to|as it did before|the way it should|100 ?%|on the first try|first time|every time|like a champ|like a dream|like a charm|as good as new|without (?:any )?(?:further )?(?:complaints?|glitches?|delays?|hangs?|freez\w*|disconnects?|dropouts?|failures?|fuss))`;

/** C328: the words that name an exception to a good state; both a contrast and a limit. */
const EXCEPTED = ['apart from', 'other than', 'with the exception of'];
/** C327: the words that leave a step's outcome open; both a contrast and a limit. */
const STILL_OPEN = ['remains to be seen', 'yet to be seen', 'still to be confirmed'];

/** English. */
export const EN: ClaimLanguage = {
  name: 'en',
  claims: [
    // C314: a reply's subject line that ends in a done-word, the fault named before it: "RE: Scanner not sending – fixed, details below".
    String.raw`^(?:now |all |fully )?(?:solved|resolved|fixed|sorted)$`,
    // C315: a figure before and a small one now: "Login took 3 min last week, now it is 25 s".
    String.raw`^(?:and )?now (?:it is |it takes |takes |it boots in |boots in |it starts in |starts in |in |down to |under )?(?:about |around |roughly |just |under |less than |barely )?\d+ ?(?:s|sec|secs|seconds?)\b(?! (?:longer|more|slower|of|extra|late|behind|delay|lag)\b)(?!(?: [\w-]+){0,6} (?:would|could|might|will|should)\b)`,
    // C316: a queue that was full, empty now and staying so: "the spool was at 80 jobs; it is empty now and stays empty".
    String.raw`\b(?:is|s) (?:now )?empty(?: now)? and (?:is |it is |it s )?(?:staying|stays|remains|remaining) (?:empty|clear)\b`,
    String.raw`\b(?:queue|spooler|backlog|inbox|outbox)(?: [\w-]+){0,3} (?:is|s|has been|stays|has stayed) (?:empty|clear) since\b`,
    // C320: a thing recognised again, a test passed: "the card reader is recognised again, test payment went through".
    String.raw`\b(?:is|are|s|re) (?:now )?(?:recogni[sz]ed|detected|registered|paired|enrolled) again\b(?! (?:only|but|except|for)\b)`,
    // C321: the password reset and the user logged back in: "reset done, Anna is signed back in".
    String.raw`\b(?:is|are|s|re|got|has|have|was able to|were able to) (?:now |successfully |already )?(?:logged|signed|logging|signing|log|sign) back (?:in|on|into|onto)\b(?!(?: [\w-]+){0,3} (?:only|but|except|once|when|if|after)\b)`,
    // C324: it stays up all day: "the link has stayed up the whole shift".
    String.raw`\b(?:stays|stayed|has stayed|have stayed|holds|held|has held) (?:up|steady|solid) (?:all day|all night|all shift|the whole (?:day|shift|night|morning|afternoon)|all morning|all afternoon)\b(?! (?:only|but|except|until)\b)`,
    // C285: the latency down and the calls clear again: "the VoIP calls are crystal clear again", "call audio sounds crisp again".
    String.raw`\b(?:calls?|voip(?: calls)?|phone calls?|teams calls?|audio|voice|sound|call quality|audio quality|voice quality|speech|line|lines|conversations?)(?: (?!not\b|never\b|only\b|still\b|no\b|will\b|would\b|should\b)[\w'-]+){0,3} (?:is|are|s|re|sounds?|comes? (?:through|across)|has become|have become)(?: (?:now|all|finally|also))* (?:crystal[ -]|perfectly |nice and |totally |completely )?(?:clear|clean|crisp|sharp|crackle-free|static-free)(?: (?:again|once more|once again)| now$)\b(?! (?:only|but|except|for (?:a|an|the first|about|\d+))\b)`,
    // C288: everyone can log in: "everyone can log in", "all the staff are able to sign in now".
    String.raw`(?<!\b(?:not|hardly|almost|nearly|if|whether|once|until|meantime|meanwhile|temporarily|workaround)\b.{0,20})\b(?:everyone|everybody|all (?:the )?(?:users|staff|colleagues|employees|agents)|the whole (?:team|office|floor))(?: (?:now|finally))? (?:can|are able to|is able to) (?:now |again |finally |all )*(?:log ?in|log on|sign in|get in|get on|connect)\b(?!(?: [\w-]+){0,4} (?:except|but|apart|only|once|when|if|after|via|through|using|meanwhile|temporarily|for now)\b)`,
    // C291: the tills take card payments again, often as a third party reports it: "the manager says the tills are taking card payments again".
    // The subject is read with it: "tills" is also the Swedish "until", which would open a condition.
    String.raw`\b(?:(?:the |all |both |our |your |\d+ )?(?:[\w-]+ )?(?:tills|registers|terminals|card readers|card terminals|pin pads|pos terminals|checkouts)(?: (?:are|is|all|now|finally))* )?(?:take|taking|accept|accepting|process|processing|takes|accepts|processes)(?: (?:card|contactless|credit card|debit card|chip and pin|apple pay))? (?:payments?|cards?|transactions?)(?: [\w-]+){0,2} (?:again|once more)\b(?! (?:later|tomorrow|tonight|next|after|once|when|if|only|but)\b)`,
    // C293: the device stays connected: "the VPN stays connected now", "the tunnel remains up".
    String.raw`\b(?:stays|remains|is staying|are staying) (?:now )?(?:connected|online|up|stable|on the network)(?: now| again)?\b(?! (?:for|until|till|only|but|except|as long|while|when|if|during|between|about|around|maybe)\b)(?!(?: [\w-]+){0,3} (?:minutes?|hours?|seconds?|then|before)\b)`,
    // C256: every workstation gets an address again: "every workstation gets an IP now", "all clients pull DHCP leases again".
    String.raw`(?<!\bnot (?:all|every|each)\b.{0,40})\b(?:gets?|getting|receives?|receiving|pulls?|pulling|obtains?|obtaining|picks? up|picking up|grabs?|grabbing|draws?|drawing)(?: (?:now|again|once more|properly|correctly|automatically|an?|its|their|the|valid|correct|proper|new|fresh|dhcp))* (?:ips?|ipv4|ip address(?:es)?|ip-address(?:es)?|address(?:es)?|dhcp leases?|leases?)(?: (?:from|via|off) (?:the )?(?:dhcp|server|router|firewall|scope|pool)(?: server)?)? (?:now|again|once more|automatically|properly|correctly|fine|normally)\b(?! (?:from|in|out of|on) (?:the )?(?:wrong|apipa|169|guest|old)\b| (?:only|but|except)\b)`,
    String.raw`\b(?:every|each|all(?: the| of the| \d+)?|both)(?: (?!not\b|never\b|still\b|yet\b|but\b)[\w-]+){1,4} (?:now |again |finally |all )*(?:gets?|receives?|pulls?|obtains?|picks? up|is getting|are getting|is pulling|are pulling|is receiving|are receiving)(?: (?:now|again|an?|its|their|the|valid|correct|proper|new|fresh|dhcp))* (?:ips?|ipv4|ip address(?:es)?|ip-address(?:es)?|address(?:es)?|dhcp leases?|leases?)\b(?! (?:from|in|out of|on) (?:the )?(?:wrong|apipa|169|guest|old)\b| (?:only|but|except)\b)`,
    String.raw`\b(?:hands?|handing|gives?|giving|dishes|dishing) out (?:(?:new|valid|fresh|the) )?(?:ip addresses|addresses|ips|leases|dhcp leases)(?: (?:normally|properly|correctly|fine))? (?:again|now|once more|normally|properly|correctly)\b(?! (?:from|in) (?:the )?wrong\b| (?:only|but|except)\b)`,
    String.raw`\b(?:dhcp|scope|server)(?: server)? (?:now |again )?(?:assigns|is assigning|issues|is issuing) (?:(?:new|valid) )?(?:ip addresses|addresses|ips|leases)(?: [\w-]+){0,2} (?:again|now|normally|properly|correctly)\b(?! (?:only|but|except)\b)`,
    // C258: a headline of the fault or the job and the word of its fix: "DNS issue rectified", "Backup job sorted".
    String.raw`^(?:(?!\d|(?:not|no|never|yet|still|partly|partially|half|only|just|almost|nearly|to|be|will|would|should|must|need|needs|get|gets|getting|want|wants|once|when|if|until|nothing|hopefully|pending|awaiting|being|as|says|said|claims?|claimed|reportedly|supposedly|allegedly)\b)[\w'-]+ ){0,3}(?:issues?|problems?|faults?|errors?|bugs?|glitch(?:es)?|outages?|jobs?|tasks?|backups?|sync|flow|access|connection|connectivity|link|tunnel|queues?|shares?|drives?|log ?in|logon|sign-?in|printing|mail|e-?mail|dns|vpn|dhcp|certificates?|certs?|resolution|gateway|routing|replication|permissions?|profiles?|mailbox(?:es)?|licen[cs]es?|polic(?:y|ies)|scope|leases?|mappings?) (?:now |finally |fully |all )?(?:rectified|sorted|sorted out|fixed|resolved|solved|repaired|remedied|squared away)$`,
    // C259: a service up again: "the RDP gateway is up again", "the file server's up once more".
    String.raw`(?<!\b(?:latency|ping|load|usage|cpu|memory|ram|traffic|count|number|temperature|temp|price|costs?|errors?|queue|backlog|utili[sz]ation|tickets?|calls?|rate|figures?|numbers|spam|volume|size|disk use|spend)(?: \w+){0,2} )\b(?:is|are|s|re)(?: (?:now|finally|all|fully|also|thankfully))* up (?:again|once more|once again)\b(?! (?:to|by|from|after)\b)`,
    // C260: the backup ran and the test restore worked: "the test restore opened the files fine", "last night's run completed".
    String.raw`\b(?:test[ -]?restores?|restore tests?|trial restores?|recovery tests?|test recover(?:y|ies))(?: (?!not\b|never\b|still\b|only\b|but\b)[\w'-]+){0,5} (?:worked|succeeded|was successful|were successful|went through|passed|came back (?:clean|fine|ok|okay)|opened(?: [\w'-]+){0,3} (?:fine|correctly|normally|cleanly|without (?:any )?(?:errors?|issues?|problems?))|went fine|was fine|checks out|checked out)\b(?! (?:only|but|except|partly|partially|for)\b)`,
    String.raw`\b(?:last night is|last nights|last night|overnight|tonight is|this morning is|the nightly|the scheduled)(?: [\w-]+){0,2} (?:backups?|backup jobs?|runs?|jobs?|syncs?|replications?)(?: (?!not\b|never\b|only\b|but\b)[\w-]+){0,2} (?:completed|finished|ran through|went through|succeeded|ran fine|ran ok|ran okay)\b(?! (?:with|partially|partly|only|but|except)\b)`,
    // C261: names resolve from every site: "internal hostnames resolve correctly from every site", "lookups work from all branches".
    String.raw`\b(?:names|hostnames|host names|fqdns|records|lookups|queries|dns|name resolution)(?: [\w-]+){0,2} (?:resolve|resolves|are resolving|is resolving|work|works|succeed|succeeds)(?: (?:now|again))* (?:correctly|properly|fine|normally|reliably|again|cleanly)\b(?! (?:only|but|except|for)\b)`,
    String.raw`\b(?:resolves?|resolving|works?|working|connects?|connecting|loads?|loading|opens?|reachable|responds?|pings?|lookups? succeed)(?: (?!not\b|only\b|never\b|but\b)[\w-]+){0,2} (?:from|at|in) (?:every|each|all|both) (?:the |our |of the |of our )?(?:[\w-]+ )?(?:sites?|offices?|branch(?:es)?|locations?|vlans?|subnets?|floors?|buildings?|stores?|shops?|warehouses?)\b(?!(?: [\w-]+)? (?:only|but|except|apart)\b)`,
    // C262: the certificate renewed, the site opens without a warning: "the portal opens with no certificate warning", "the padlock is back".
    String.raw`\b(?:shows?|displays?|has|have|gets?)(?: (?:now|again))* (?:the |a )?(?:green )?(?:padlock|lock icon|lock symbol)(?: (?:icon|symbol))? (?:again|once more)\b|\b(?:padlock|lock icon|lock symbol) (?:is|s) back\b|\b(?:is|are|shows? (?:up )?as) (?:trusted|secure) (?:again|once more)\b`,
    // C263: a person reports that the device sends again: "Mr Jones called back: the scanner emails the PDFs again".
    String.raw`\b(?:e-?mails|mails|is e-?mailing|are e-?mailing|is mailing|are mailing|e-?mailing|mailing)(?: (?!not\b|never\b|only\b|but\b|nothing\b|no\b|errors?\b|blank\b|empty\b)[\w'-]+){1,5} (?:again|once more|once again)\b(?! (?:later|tomorrow|tonight|next|after|once|when|if|only|but)\b)`,
    // C264: a status line, the service connected or at work again: "tunnel established again", "drive mapped again".
    String.raw`^(?:(?!\d)[\w-]+ ){1,3}(?:established|re-?established|mapped|re-?mapped|mounted|re-?mounted|registered|ringing|online|reachable|routing|authenticating|logging in|signing in|re-?connected) (?:again|once more|once again)$`,
    // C265: users able to reach a long-named thing again: "the remote workers can get back onto the RDP farm".
    String.raw`\b(?:can|could|are able to|is able to) (?:now |all |finally )*get back (?:onto|into|on|in|to)\b(?!(?: [\w-]+){0,4} (?:only|but|except|once|when|if|after|tomorrow)\b)`,
    // C224: a feeder that takes every page: "the scanner picks up every page now", "the ADF pulls in all the sheets".
    String.raw`\b(?:picks? up|picking up|pulls? in|pulling in|feeds?(?: in)?|feeding(?: in)?|takes? in|takes|taking(?: in)?|grabs?|grabbing|draws? in|drawing in|swallows?)(?: (?:now|again|finally|reliably|properly|cleanly|correctly|also|even|in))* (?:every|each|all)(?: (?:single|last|of|the|its|our|your))* (?:pages?|sheets?|originals?|documents?|slips?|cheques?|checks?|receipts?|forms?|invoices?)\b(?!(?: [\w-]+){0,3} (?:only|except|twice|at once|together|crooked|skewed|askew|at an angle)\b| but\b)`,
    String.raw`\b(?:every|each|all(?: of)?(?: the)?) (?:single )?(?:pages?|sheets?|originals?) (?:feeds?|goes|go|gets|get|is|are|comes|come)(?: (?:now|again|cleanly|properly))* (?:through|in|pulled in|picked up|fed(?: through| in)?|drawn in|taken in)\b(?!(?: [\w-]+){0,3} (?:only|except|twice|together|crooked|skewed)\b| but\b)`,
    // C231: the warning named by its text, gone: "the warning about low disk space on the server disappeared".
    String.raw`\b(?:warnings?|messages?|alerts?|errors?|pop-?ups?|notifications?|banners?|prompts?|dialogs?)(?: (?!not\b|never\b|still\b|only\b|had\b)[\w'-]+){2,8} (?:has |have )?(?:disappeared|vanished|gone away)\b(?! (?:for|briefly|again|but|until|only)\b)`,
    // C191: the problem told as a thing of the past: "the issue is a thing of the past", "the glitch is behind us".
    String.raw`\b(?:the |that |this )?(?:problem|issue|fault|error|bug|glitch)s? (?:is|are) (?:now |officially |finally )?(?:a thing of the past|things of the past|in the past|behind us|ancient history|old news)(?![\p{L}\p{N}]| (?:for|on|at|in|only|until|except)\b)`,
    // C192: a named function restored, with "again": "the scanner sends to email again", "search returns results again".
    String.raw`\b(?:sends?|sending|scans?|scanning|forwards?|forwarding|routes?|routing|transfers?|transferring|puts? through|returns?|returning|maps?|mapping|syncs?|syncing|charges?|charging|takes? (?:card )?payments?|accepts? cards?|delivers?|delivering)(?: (?!not\b|never\b|only\b|but\b|until\b|till\b|when\b|if\b|once\b|after\b|before\b|tomorrow\b|tonight\b|next\b|later\b|errors?\b|warnings?\b|alerts?\b|nothing\b|no\b|wrong\b|blank\b|empty\b|same\b|fail\w*\b|crash\w*\b|should\b|would\b|could\b|will\b|may\b|might\b|must\b|can\b)[\w'-]+){1,6} again\b(?! (?:later|tomorrow|tonight|next|after|once|when|if|only|but)\b)`,
    // C193: connected all day, the connection held without drops: "the VPN stays connected all day now".
    String.raw`\b(?:stays?|stayed|staying|remains?|remained|keeps?|holds?|holding) (?:now )?(?:connected|online|linked|on the network|its connection|the connection|the tunnel|the link|the session)(?: now| again)? (?:all day(?: long)?|the (?:whole|entire|full) (?:day|night|week|shift|working day)|all (?:night|week|shift)|through(?:out)? the (?:day|night|shift)|without (?:a |any |the )?(?:drops?|dropping|disconnect\w*|interruptions?|cutting out|dropouts?))\b(?! (?:only|but|except|until)\b)`,
    // C194: it opens straight to where it should: "Outlook now opens straight to the inbox".
    String.raw`\b(?:opens|loads|launches|logs in|signs in|connects)(?: (?:now|up|again))? (?:straight|directly|right) (?:to|into|in|onto)\b(?! (?:the |a |an )?(?:bios|voicemail|voice mail|errors?|recovery|safe mode|blue ?screen|black screen|repair|setup|login screen|sign-in screen|prompt)\b)(?!(?: [\w'-]+){0,6} (?:only|but|except)\b)`,
    // C195: better than ever or than before the fault, as good as new: "faster than ever", "better than before the update".
    String.raw`\b(?:faster|quicker|better|smoother|snappier|more (?:stable|reliable|responsive)) than (?:ever(?: before)?|before (?:the |its |this |our )?(?:[\w-]+ )?(?:update|upgrade|fault|outage|incident|change|patch|problem|issue|swap|replacement|repair|migration|reinstall))\b`,
    String.raw`\b(?:is|are|feels?|runs?|works?|looks?|performs?) (?:now |again |just )*(?:as good as new|good as new|like new|like a new (?:machine|computer|device|laptop|pc|one))\b`,
    // C196: a function done by itself at login, often in a third party's words: "Marco says the drive maps by itself at login".
    String.raw`\b(?:maps?|mounts?|connects?|reconnects?|syncs?|starts?|loads?)(?: (?:now|again))? (?:by itself|on its own|automatically|unaided) (?:at|on|during|after|when) (?:log ?in|logon|login|sign-?in|startup|start-?up|boot)\b(?! (?:only|but|except)\b)`,
    // C197: jobs at 100 %, messages delivered at 100 % over a span, mail flow normal again: "backups completing at 100 %".
    String.raw`\b(?:backups?|jobs?|syncs?|replications?|tasks?)(?: [\w-]+){0,3} (?:completing|complete|completed|succeeding|succeed|running|run|finishing|finish) at 100\b`,
    String.raw`(?<!\b(?:target|goal|expected|aim|sla|required|want|need)(?: \w+){0,2} )\b100(?: ?%| percent)? (?:of (?:the )?(?:messages|mails?|e-?mails|jobs|backups) )?(?:delivered|delivery|success(?:ful)?|completed)(?: [\w-]+){0,2} (?:in|over|for|during) the (?:last|past)\b`,
    String.raw`\b(?:mail|e-?mail) ?flow (?:is |has )?(?:back to normal|normal again|normali[sz]ed|flowing (?:normally|again))\b`,
    // C198: the formal closing that calls the matter settled: "as this matter is now settled and the ticket will be closed".
    String.raw`\b(?:this|the) (?:matter|issue|case|problem|request|incident|query|fault) (?:is|has been|s) (?:now |hereby |therefore |thus )?(?:settled|concluded|put to rest|laid to rest)\b`,
    // C199: the output comes out clean: "the prints come out clean".
    String.raw`\b(?:prints?|printouts?|print-?outs?|copies|pages|scans|labels|receipts|output|documents?|faxes)(?: [\w-]+){0,2} (?:come|comes|are coming|is coming) out (?:clean|crisp|sharp|perfect|perfectly|spotless|flawless|clear|streak-?free)\b(?! (?:only|but|except)\b)`,
    // C200: a terse all-good tag: "everything syncs", "Status → working".
    String.raw`\beverything (?:syncs|is syncing|is synced|prints|connects|loads)(?: now| again)?\b(?! (?:only|but|except)\b)`,
    String.raw`\b(?:status|state) tomark (?:working|resolved|fixed|ok|okay|operational|online|up|green|done|closed|fine)\b(?! tomark\b)`,
    // C202: working for all of them: "syncs on all phones", "starts on all PCs", "the whole floor has network again", "all shares are reachable".
    String.raw`\b(?:syncs|works|starts|runs|prints|connects|loads|opens|launches|maps|logs in|signs in)(?: (?!not\b|only\b|never\b)[\w-]+){0,2} (?:on|for|at|across) (?:all|every) (?:the |our |of the )?(?:[\w-]+ )?(?:phones|pcs|computers|machines|devices|laptops|workstations|desks|users|colleagues|staff|clients|terminals|tills|floors|sites|handsets|mobiles|smartphones|seats|stations)\b(?! (?:only|but|except)\b)`,
    String.raw`\b(?:whole|entire) (?:[\w-]+ )?(?:floor|office|building|site|team|department|branch|wing)(?: [\w-]+){0,2} (?:has|have|gets|got) (?:\w+ )?(?:network|internet|wi-?fi|connectivity|signal|access|email|phones)(?: access)? (?:again|back)\b`,
    String.raw`\ball (?:the |of the )?(?:[\w-]+ )?(?:shares|drives|folders|sockets|ports|outlets|jacks|printers|servers|mailboxes|tills|terminals)(?: [\w-]+){0,3} (?:are|can be) (?:now |again )*(?:reachable|accessible|available|working|live|online)\b(?! (?:only|but|except)\b)`,
    // C203: the battery lasts a full working day again: "the laptop lasts a whole working day again".
    String.raw`\b(?:battery|laptop|notebook|it)(?: [\w-]+){0,3} (?:lasts|holds out|gets through|makes it through|survives) (?:again |now )?(?:a |the )?(?:full|whole|entire) (?:working |work )?(?:day|shift)\b`,
    // C204: payments taken again or without trouble: "the till takes card payments without a problem".
    String.raw`\b(?:takes|accepts|processes) (?:card |contactless |credit card )?(?:payments?|cards?|transactions?)(?: [\w-]+){0,2} (?:again|without (?:a |any )?(?:problems?|issues?|errors?|trouble)|fine|normally)\b`,
    // C205: the monitoring green on everything since a time: "monitoring shows green on everything since 9 am".
    String.raw`\b(?:monitoring|dashboard|prtg|zabbix|nagios|checks|sensors)(?: [\w-]+){0,3} (?:shows?|is|are|has been|have been|reads?)(?: all)? green(?: (?:on|for|across) (?:everything|all(?: [\w-]+)?))?(?: [\w-]+){0,2} since\b`,
    // C158: doing its job, an idiom: "it is pulling its weight", "the scanner does what it is supposed to".
    String.raw`\b(?:pull|pulls|pulling) (?:its|their) (?:own )?weight\b(?! (?:only|but|except|yet)\b)`,
    String.raw`\b(?:does|doing|do) (?:exactly |just )?what (?:it|they) (?:is|are|s|re)? ?(?:supposed|meant) to(?: do)?\b(?! (?:only|but|except)\b)`,
    // C162: colloquial praise of a device that runs well: "ticking over nicely", "smooth sailing from here", "the ERP is bussin now".
    String.raw`\b(?:ticking over (?:nicely|fine|smoothly|happily|sweetly)|smooth sailing|plain sailing|bussin|firing on all cylinders|running like a (?:dream|top|well-oiled machine))\b(?! (?:only|but|except|until)\b)`,
    // C164: solid or stable over a span since the change: "rock solid all week", "stable since the reconfiguration".
    String.raw`\b(?:rock[ -]solid|solid as a rock|stable|solid)(?: (?:all|the whole) (?:week|day|night|weekend|morning|afternoon)| since (?:the |this |last |yesterday\b)?(?:[\w-]+ )?(?:fix|change|swap|reconfig\w*|reinstall\w*|update|upgrade|reboot|repair|move|migration|replacement|morning|night|monday|tuesday|wednesday|thursday|friday|yesterday)?)\b(?!(?: [\w-]+){0,5} (?:only|but|except|until)\b)`,
    // C168: green across the board; uptime at 100 % over a span: "Status? Green across the board.", "Uptime 100 % over the last 72 h".
    String.raw`\bgreen across the board\b`,
    String.raw`(?<!\b(?:target|goal|expected|aim|sla|required|want|need)(?: \w+){0,2} )\buptime (?:of |at |is |was |has been |stays |stayed |held at )?100(?: ?%| percent)? (?:over|for|in|across|during|since|all)\b`,
    // C143: a count of all in a good state: "3/3 printers online", "4/4 bornes de nouveau en ligne", "12 of 12 tests passed".
    String.raw`${ALL_OF_ALL}(?: (?!(?:not|no|never|still|yet|but|only|offline|down|failed|failing|pending)\b)[\w'-]+){0,5} (?:online|up|ok|okay|green|working|connected|registered|recording|passed|passing|syncing|back|restored|again|fine|printing|succeeded|successful|reachable)\b(?! (?:not|no|never|still|yet|but|only|offline|down|failed|failing|pending)\b)`,
    // C144: the fault gone or eliminated: "the drops were eliminated by the new QoS policy", "los reinicios han desaparecido".
    String.raw`\b(?:drops|dropouts|freezes|crashes|disconnects|disconnections|reboots|restarts|errors|interruptions|outages|lag|lags|glitches|hangs|stutters|stalls|jams|bluescreens|pop-?ups|warnings)(?: (?!not\b|never\b|still\b|only\b)[\w'-]+){0,8} (?:(?:were|was|have been|has been) (?:completely |fully |finally )?(?:eliminated|removed|resolved|gone)|(?:are|is) (?:now |completely |finally )?gone|(?:have|has) (?:completely |finally )?(?:disappeared|vanished|stopped))\b`,
    // C146: a wait cut from minutes to seconds: "Instead of five minutes, the report now takes about ten seconds".
    String.raw`\binstead of (?:[\w-]+ ){1,2}(?:minutes|hours)\b(?: [\w'-]+){0,12} (?:seconds?|a second|a moment|no time)\b`,
    // C148: all of a set in a good state: "All 40 mailboxes migrated and syncing to Exchange Online".
    String.raw`\ball (?:\d+ |the |of the )?(?:[\w-]+ ){0,2}(?:mailboxes|accounts|devices|pcs|laptops|phones|handsets|printers|workstations|cameras|servers|terminals|tills|access points|sites|branches)(?: (?!not\b|still\b|yet\b|but\b|only\b|except\b|pending\b)[\w'-]+){0,6} (?:syncing|online|connected|registered|recording|printing|back up|up and running)\b(?! (?:only|except|but)\b)`,
    // C149: a device doing its work again, with words between: "the site loads over HTTPS again".
    String.raw`\b${DEVICE_VERBS}(?: (?!not\b|never\b|only\b|but\b|until\b|till\b|when\b|if\b|once\b|after\b|before\b|tonight\b|tomorrow\b|next\b|later\b|at\b|fail\w*\b|crash\w*\b|should\b|would\b|could\b|will\b|may\b|might\b|must\b|can\b|to\b|ought\b|going\b|expected\b|hopefully\b|probably\b)[\w'-]+){1,4} again\b(?! (?:later|tomorrow|tonight|next|after|once|when|if)\b)`,
    // C142: out of danger, said of the fault: "so we're in the clear".
    String.raw`\b(?:we are|you are|we re|you re|it is|everything is|all) (?:now |finally |officially )?in the clear\b`,
    // C138: a monitored state held green over a span: "der Host bleibt seit gestern grün", "le voyant est resté vert toute la nuit".
    String.raw`\b(?:stayed|remained|has stayed|has remained|have stayed|have remained|has been|have been|kept) (?:solid |all )?(?:green|passing|stable|up) (?:all night|all day|all weekend|overnight|since)\b`,
    // C128: the customer invited to close or to mark the ticket done: "Feel free to mark this as done".
    String.raw`\b(?:feel free to|go ahead and|you are welcome to)(?: (?:close|mark|set|flag))(?: (?:this|it|the|ticket|case|request|incident|call|one|out))*(?: as (?:resolved|done|complete|completed|closed|fixed|solved|finished))?\b(?!(?: [\w'-]+){0,6} (?:once|when|if|after|as soon as|until)\b)`,
    // C129: a run completed without warnings or errors: "the backup completed without any warnings".
    String.raw`\b(?:backups?|jobs?|syncs?|deployments?|deploy|runs?|migrations?|replications?|tasks?|scans?|imports?|exports?)(?: (?!not\b|never\b|only\b)[\w'-]+){0,5} (?:completed|finished|ran|went through|succeeded|came through)(?: cleanly| fine| successfully)? (?:without|with no|with zero) (?:any )?(?:warnings?|errors?|failures?|issues?|problems?)\b(?! (?:only|except|but)\b)`,
    // C130: an appearance that asserts the good state: "It seems to work now".
    String.raw`\b(?:seems|seem|appears|appear) to (?:be )?(?:work|be working|be fixed|be resolved|be sorted|be stable|be fine|be ok|be okay|behave|be behaving)\b(?! (?:only|partly|intermittently|for now|but)\b)`,
    // C134: policies in effect on the machine: "the GPOs apply", "group policies are being applied".
    String.raw`\b(?:gpos?|group polic(?:y|ies)|polic(?:y|ies)|intune (?:polic(?:y|ies)|profiles?)|configuration profiles?)(?: (?!not\b|never\b|still\b|no\b)[\w'-]+){0,3} (?:(?:are|is) (?:now |being |correctly |properly )*applied|(?:now )?(?:apply|applying)|take effect|taking effect|are in effect|is in effect)\b(?! (?:only|partially|but|to only|yet)\b)`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`\bnormal (?:operation|service|functioning|working order)(?: has been| was| is)? (?:confirmed|verified|established|observed)\b`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`\b(?:behaves|works|runs|performs)(?: [\w-]+){0,2} (?:just )?like (?:every other|all the other|the other|the rest of)\b`,
    String.raw`\bsame (?:speed|performance|coverage|signal) as (?:the rest|the other|every other)\b`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`\b(?:all|every|each)(?: (?!not\b|never\b)[\w-]+){0,3} (?:backups?|jobs?|tasks?|runs?|tests?|checks?|syncs?)(?: (?!not\b|never\b|failed\b)[\w-]+){0,4} (?:succeeded|completed successfully|were successful|was successful|passed|ran successfully|finished successfully|completed without (?:any )?errors?)\b`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`\b(?:now|newly)-(?:working|functioning|functional|fixed|repaired|restored)\b`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`\b(?:works|working|runs|running|behaves|behaving|performs|performing)(?: [\w-]+){0,2} (?:exactly |just )?(?:as|like) (?:it did )?before (?:the )?(?:[\w-]+ )?(?:update|upgrade|fault|outage|incident|change|patch|crash|problem|issue)\b`,
    // C102: the fix said to have done its job: "the new driver did its job", "the update took care of it".
    String.raw`\b(?:did|has done|does) (?:its|the|their) (?:job|work)\b(?! (?:only|partly|for a while)\b)`,
    String.raw`\b(?:took|has taken|have taken) care of (?:it|that|the (?:problem|issue|fault))\b`,
    // C105: the sign-off glad it is sorted: "Glad we got this sorted!"; the customer told to enjoy what is back.
    String.raw`\b(?:glad|happy|pleased|great) (?:that )?(?:we|you|i) (?:got|could get|managed to get|were able to get|have got) (?:this|it|that|things|everything) (?:sorted|fixed|resolved|working|done)\b`,
    String.raw`\benjoy (?:having )?(?:your|the) (?:[\w-]+ ){0,3}back\b`,
    // C106: as good as before the fault: "as fast as before the update"; C107: it opens at once now.
    String.raw`\b(?:as|just as) (?:fast|quick|snappy|smooth|stable|reliable|responsive)(?: again)? as (?:before|it was before|they were before|prior to)\b`,
    String.raw`\b(?:opens|loads|connects|starts|mounts|maps)(?: [\w-]+){0,3} (?:straight away|instantly|immediately|right away|in seconds|at once)(?: now)?\b(?! (?:only|but|except)\b)`,
    String.raw`\b(?:coming|come|comes|going|go|goes) through (?:like clockwork|reliably|fine|normally|instantly)(?: again)?\b`,
    // C91: a loss measured down to zero: "packet loss down to 0 %", "3 % → 0 %".
    String.raw`\b(?:loss|losses|error rate|failure rate|drop rate|retransmits?|retries)(?: [\w-]+){0,5} (?:down to|dropped to|fell to|reduced to|now at|now|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    // C96: a device doing its job, after the change, without the fault: "the scanners are picking up
    // addresses without issue", "the ERP client connects without the SSL warning", "behaving itself".
    String.raw`\b(?:is|are) (?!(?:crash|fail|fall|freez|drop|disconnect|hang|stall|throw|show|display|reboot|restart|runn?ing out)\w*)\w+ing (?:[\w-]+ ){0,3}without (?:any |an? )?(?:issues?|problems?|trouble|errors?|hiccups?)\b(?!(?: [\w-]+)? (?:only|just|except|but)\b)`,
    String.raw`\b(?:connects|starts|opens|loads|launches|syncs|prints|signs in|logs in|authenticates)(?: [\w-]+){0,3} without (?:the |a |an |any )?(?:[\w-]+ )?(?:warnings?|errors?|prompts?|pop-?ups?|messages?|certificate errors?)\b(?!(?: [\w-]+)? (?:only|just|except|but)\b)`,
    String.raw`\bbehaving (?:itself|themselves|again)\b`,
    // C97: the cause found and dealt with: "Root cause identified and remediated".
    String.raw`\b(?:found|identified|located|diagnosed|isolated) and (?:remediated|addressed|cleared|mitigated|eliminated|resolved|fixed|corrected)\b`,
    // C98: English IT words in another language's sentence: "der Sync läuft smooth", "tutto up to date".
    String.raw`\b(?:runs?|running|works?|working|goes|going|now|again|nu|wieder|jetzt|adesso|ora|gira|girano|rullar|teraz|agora|ahora|ya|artik|maintenant) smooth(?:ly)?\b`,
    String.raw`(?:^| )(?:all|everything|all files|tutto|alles|allt|tout|todo|tudo|wszystko|her sey|hepsi|все|всё|كل الملفات|全部|すべて|모두|다) up to date\b`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`\b(?:faster|quicker|snappier|smoother|more (?:stable|reliable|responsive)) than (?:it|they|he|she) (?:did|was|were|used to) before\b`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`\b(?:comes?|came|coming) out(?: [\w-]+){0,3} (?:correct|right|proper)(?: [\w-]+){0,4} again\b`,
    String.raw`\b(?:registers|registered|re-?registers|re-?registered)(?: (?!(?:only|but|not|never|until|till)\b)[\w-]+){0,4} again\b`,
    String.raw`\bcalls? (?:go|goes|come|comes|get|gets) through (?:both ways|in both directions)\b`,
    // C64: the consequence that implies the fix: users stopped calling about it, the queues drain
    // and jobs come out in seconds.
    String.raw`\b(?:stopped|quit|ceased) (?:calling|ringing|phoning|emailing|contacting|messaging|complaining to|raising tickets with|opening tickets with|logging tickets with)\b`,
    String.raw`\b(?:queues?|spool(?:er)?)(?: [\w-]+){0,4} (?:is |are )?(?:draining|drains|drain|emptying|empties|clearing|clears) (?:normally|properly|again|fine|smoothly|as (?:expected|usual|normal))\b(?! (?:only|except|but)\b)`,
    String.raw`\b(?:jobs?|documents?|prints?|printouts?|pages?)(?: [\w-]+){0,2} (?:come|comes|coming|came) out (?:within|in) (?:a few |a couple of |\d+ |two |three |five |ten |several )?(?:seconds?|secs?|moments?)\b(?! (?:only|except|but)\b)`,
    // C72: an idiom of the fix that worked, whatever names the fix: "the new v7.1 driver did the trick".
    String.raw`\b(?:the|this|that|our|your) (?:[\w-]+ ){1,4}(?:did the trick|made (?:all )?the difference)\b(?!(?: \w+){0,4} (?:until|till|before)\b)`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`\b(?:ok|okay|fine|green|stable) (?:post|after)[ -](?:the )?(?:fix|change|reinstall\w*|patch|update)\b`,
    String.raw`\bback in (?:prod|production|use|operation)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\b(?:all|every)(?: of)?(?: the)? (?:queues?|printers?|trays?|workstations?) (?:are )?(?:printing|prints?|working|works?)$`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`(?<!\bwithout (?:a |any |an )?(?:confirmed |verified )?)\b(?:restoration|recovery|resolution|repair|remediation|solution)(?: (?!(?:partial|partially|only|will|would|to|be|must|should|could|may|might|need|needs|not|never|yet|pending|awaiting|once|when|if|until|attempt|attempts)\b)[\w-]+){0,7} (?:confirmed|verified|validated|completed|complete|successful|done)\b(?! (?:only|partly|partially|but)\b)`,
    String.raw`^(?:(?!(?:will|would|to|must|should|could|may|might|not|never|once|when|if|until|need|needs)\b)[\w-]+ ){0,3}(?:service|printing|access|connectivity|functionality)s? (?:fully |now )?(?:restored|recovered|reestablished)\b(?! (?:only|partly|partially)\b)`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`\btest ?pages?(?: (?!(?:will|would|to|be|must|should|could|may|might|need|needs|not|never|yet|pending|awaiting|once|when|if|until)\b)[\w-]+){0,3} (?:printed|prints|came out|comes out)(?: (?!(?:will|would|to|be|must|should|could|may|might|need|needs|not|never|yet|pending|awaiting|once|when|if|until)\b)[\w-]+){0,3} (?:successfully|correctly|cleanly|without (?:any )?(?:errors?|problems?|issues?))\b(?! (?:only|partly|partially)\b)`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`\b(?!nothing\b|something\b|anything\b)\w+ing(?: (?!(?:will|would|to|be|must|should|could|may|might|need|needs|not|never|yet|pending|awaiting|once|when|if|until)\b)[\w-]+){0,5} (?:did the trick|made (?:all )?the difference)\b(?!(?: \w+){0,4} (?:until|till|before)\b)`,
    String.raw`\b(?:stayed|remained|kept) (?:up|running|stable|online|green|healthy)(?: \w+){0,2} (?:ever since|since then|since)\b`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    String.raw`\b(?:issue|problem|matter|fault|bug)(?: \w+){0,2} (?:is|has been) (?:now |finally |fully )?put to bed\b`,
    // C47: monitoring green (since the fix): "monitoring has been green across the board".
    String.raw`\b(?:monitoring|dashboards?|monitors?)(?: \w+){0,2} (?:has|have) (?:been|stayed|remained) (?:all |solid )?green\b`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`\b(?:print )?(?:queues?|spool(?:er)? folder)(?: \w+){0,3} (?:empty|clear) (?:all (?:day|week|weekend|morning|night)|the whole (?:day|week|weekend)|for the (?:whole|entire) (?:day|week|weekend)|since)\b`,
    // C42: a headline of the fault and its fix, alone in its part: "Spooler crash fixed" (a
    // checklist item, a title). In a sentence ("get the crash fixed by Friday") it is a plan.
    String.raw`^(?:[\w-]+ ){0,2}(?:crash|crashes|bugs?|freezes?|jams?) (?:fixed|resolved|solved|sorted|eliminated|gone)$`,
    // C29: a formal closure: "Marking as resolved per client confirmation", "closed per the user's
    // confirmation".
    String.raw`\b(?:marking|marked|setting|flagging|flagged)(?: (?:this|the|it|ticket|case|request|incident|call))* as (?:resolved|fixed|solved|closed|done|complete|completed)\b`,
    String.raw`\b(?:resolved|fixed|solved|closed|closing|marked)(?: \w+){0,4} (?:per|after|following|upon|on|with|based on) (?:the |their |his |her )?(?:user|client|customer|caller|requester|end user|reporter)(?: is| s)? (?:confirmation|approval|sign-?off|feedback|go-?ahead)\b`,
    // C32: a user's confirmation told or quoted: 'User confirmed: "yep, it's working"'.
    String.raw`\b(?:user|customer|client|caller|requester)(?: \w+){0,2} (?:confirmed|confirms|has confirmed|verified|reports|reported|says|said|replied|wrote|told us)(?: that)? (?:(?:it|everything|all|things|printing|the \w+) )?(?:is |are )?(?:all )?(?:working|works|fine|ok|okay|good|sorted|fixed|resolved)\b`,
    // C25: the logs or the monitoring quiet for a time: "Event log clean for 48h", "no alerts since
    // the reboot".
    String.raw`\b(?:event ?logs?|logs?|event viewer|monitoring|dashboard|rmm|nagios|zabbix|prtg|checks?)(?: \w+){0,2} (?:(?:is|are|has been|have been|stayed|remained|stays|remains|now|all) )*(?:clean|clear|quiet|silent|green)(?: \w+)? (?:for|since|all|over|ever since)\b`,
    // C26: after several attempts, the last one did it: "the third attempt did it", "third time
    // was the charm".
    String.raw`\b(?:the |our |my )?(?:second|third|fourth|fifth|last|final|next|latest) (?:one|attempt|try|go|time|fix|change|approach|round)?(?: \w+){0,2} (?:did it|did the trick|worked|was the (?:charm|one|right one|winner|answer)|was successful|succeeded|nailed it|got it|sorted it|fixed it|solved it)\b`,
    String.raw`\bthird time (?:was|is|lucky)\b`,
    // C27: as fast as before: the speed the problem took is back.
    String.raw`(?<!\b(?:almost|nearly|not quite|not|never|hardly|still not) )\b(?:just |every bit )?as (?:fast|quick|snappy|smooth|stable|responsive|reliable|good) as (?:before|it was|it used to be|ever|new|always|it should be)\b`,
    String.raw`\bback to (?:its |the |their |his |her )?(?:old|usual|normal|original|previous|full|former) (?:speed|performance|self|pace)\b`,
    // C20: monitoring says all is well: "all checks green", "the dashboard is green again".
    String.raw`\b(?:all|every|each)(?: of)?(?: the)? (?:checks?|monitors?|sensors?|tests?|lights?|leds?|status(?:es)?|services?|jobs?|alerts?|indicators?)(?: \w+){0,5} (?:(?:is|are|now|back|all|shows?|showing|in the) )*green\b`,
    String.raw`(?<!\b(?:not|none of|nor)(?: \w+){0,6} )\b(?:monitoring|dashboard|rmm|status page)(?: \w+){0,3} (?:is|are|shows|now|back|showing)(?: \w+)? (?:all )?green\b`,
    // C22: an activation that works: "Office activates without errors".
    String.raw`\b(?:office|windows|apps?|product|licen[cs]es?)(?: \S+){0,2} (?:activates|activated|activating) (?:without (?:any )?errors?|successfully|fine|normally|again|now|cleanly)\b`,
    // C19: someone confirmed they can work: "Sarah confirmed she can log in with MFA now".
    String.raw`\b(?:confirmed|confirms|verified|reported)(?: that)? (?:\w+ ){0,3}(?:can|is able to|are able to|was able to|were able to)(?: now| again| finally)* (?:log ?in|sign in|print|connect|access|open|use|send|receive|scan|sync|work|get in|authenticate|reach|join)\b`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\b(?:office|windows|apps?|product|licen[cs]es?)(?: \S+){0,2} (?:(?:is|are|was|were|got|now|successfully|fully) )*activated\b`,
    String.raw`\b(?:has|have) been (?:\w+ )?remediated\b`,
    String.raw`\b(?:remediated|resolved|fixed) and (?:verified|validated|confirmed|tested)\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\b(?:better|faster|quicker|smoother|snappier|more (?:stable|reliable|responsive)) than (?:ever|ever before)\b`,
    String.raw`\b(?:apps?|applications?|office|windows|licen[cs]es?|subscriptions?|products?)(?: \w+){0,2} (?:is|are|was|were|has been|have been|got|now)(?: \w+)? (?:activated|licensed|active)\b`,
    String.raw`\b(?:completes|completed|finishes|finished|ends|ended|runs|ran|goes|went|has completed|have completed|has run|has finished)(?: \w+){0,4} (?:successfully|without (?:any )?errors?|with success|cleanly|green)\b`,
    // C32: also the last words of a quotation: 'User confirmed: "yep, it's working"'.
    String.raw`(?:^| )(?:it|everything|all) (?:prints|works|connects|boots|syncs|runs|is working|is printing|is running|is fine|is sorted)$`,
    String.raw`\b(?:found|identified|located|diagnosed) and (?:fixed|resolved|eliminated|corrected|removed|sorted)\b`,
    String.raw`\bconsider (?:it|this|that|the \w+|this \w+)(?: \w+)? (?:solved|resolved|fixed|done|closed|sorted)\b`,
    String.raw`\b(?:completes|finishes|runs|starts up|comes up|boots up|goes through|arrives|syncs)(?: \w+){0,2} (?:without (?:any )?(?:errors?|issues?|problems?|failures?)|successfully|fine|cleanly|normally)\b`,
    String.raw`\b(?:ready to use|ready for use|good as new|back in service|back in action)\b`,
    String.raw`\b(?:outage|issue|problem|incident|disruption|downtime|trouble|fault|error|crisis)s? (?:is|are|was|were)(?: ${ADV})* over\b`,
    String.raw`\b(?:is|are|was|were)(?: ${ADV})* (?:reachable|available|accessible|stable|online|responsive|usable|operational|functional) (?:again|once more|once again)\b`,
    // C74: "The IP address of PRN01 is fixed": of an address or a port, "fixed" is "static".
    String.raw`(?<!\b(?:ip|ips|ip address|ip addresses|address|addresses|port|ports|mac)(?: (?:of|for|on) (?:the |this |that |our |your )?[\w-]+)? )\b(?:is|are|was|were|been|be|got|gets|get|getting|has|have|had|now|seems|looks)(?: ${ADV})* ${FIXED}\b`,
    String.raw`\b(?:we|i|they|tech|technician|engineer|team|support|someone|you)(?: (?:${ADV}|have|has|had|did|do|does|managed to))* (?:resolved|fixed|solved|sorted|repaired|restored|cured|nailed|cracked|remedied|rectified)\b`,
    String.raw`\b(?:resolved|fixed|solved|sorted|repaired|cured|nailed|cracked|remedied) (?:the|this|that|your|it|all|everything|things|our)\b`,
    String.raw`\bgot (?:it|this|that|things|everything|the \w+|your \w+)(?: \w+)? (?:working|running|going|back|fixed|sorted|printing|connected|online)\b`,
    String.raw`\b${DEVICE_VERBS}(?: (?:${ADV}|itself|themselves|up|out|on time|for (?:everyone|everybody|all users|all|me|her|him|them|us)))* (?:again|like before|once more|once again)\b`,
    // "shows up again" is a claim of a calendar or a drive, not of an error: a symptom or a bare
    // pronoun in front of it is left to the symptom patterns.
    String.raw`(?<!\b(?:${SYMPTOM_NOUN}|it|this|that|they)(?: \w+){0,2} )\b(?:shows up|show up|is visible|are visible|displays|display|is listed|are listed)(?: \w+){0,3} (?:again|once more|once again)\b`,
    String.raw`(?<!\b(?:${SYMPTOM_NOUN}|it|this|that|they)(?: \w+){0,2} )\b(?:is|are)(?: ${ADV})* back(?: (?:up|online|on|in business|in service|to normal|and \w+ing))?\b(?! to(?! (?:normal|work|working|full|life)\b)| from\b)`,
    String.raw`\b(?:worked|ran|printed|connected|booted|synced|loaded|opened|started|responded|functioned|launched|scanned|mounted) (?:${ADV} )*again\b`,
    String.raw`\b(?:stopped|ceased|quit) ${SYMPTOM}`,
    // C73: "…; it stopped again after 40 seconds" is a recurrence, not a symptom that ended.
    String.raw`\b(?:errors?|issues?|problems?|crash(?:es)?|messages?|prompts?|warnings?|faults?|bugs?|symptoms?|glitch(?:es)?|pop-?ups?|screens?|bsods?|freezes|hangs|disconnects|dropouts|alerts|notifications|dialogs?|outages?|delays?|lag|it|that|this)(?: (?:is|are|has|have|had|been|now|finally|completely|all))* (?:gone|disappeared|vanished|went away|cleared|history|stopped|ceased|ended)\b(?! \w+ing\b| to\b| again\b)`,
    String.raw`\b(?:closing|close|closed|closes|marking|mark|marked)(?: out)? (?:this|the|your|our|it|ticket|case)(?: (?:ticket|case|request|incident|issue|call|as))?\b(?: (?:resolved|closed|complete|done))?`,
    String.raw`\b(?:ticket|case|incident|request)(?: ${ADV}| is| has| was| can be| may be| can now be| is ready to be| is good to be)* (?:closed|resolved|complete|completed|done)\b`,
    String.raw`\b(?:it|this|that|everything|all|things)(?: ${ADV})* (?:works|is working|runs|is running) now\b`,
    String.raw`\b${DEVICE_VERBS} (?:now|again now)\b`,
    String.raw`\b(?:problem|issue|error|fault|outage)s? (?:eliminated|gone|resolved|fixed|solved|sorted|cleared|removed|over)\b`,
    String.raw`\b(?:that|this|which|it|the \w+(?: \w+)?)(?: ${ADV})* (?:did the trick|solved it|fixed it|resolved it|sorted it|worked|helped|nailed it|cured it)\b(?!(?: \w+){0,4} (?:until|till|before|up until|up to)\b)`,
    String.raw`\b(?:user|customer|client|caller|they|he|she)(?: \w+){0,2} (?:confirmed|confirms|reports|reported|says|said|told us|verified)(?: that)? (?:it|everything|all|the \w+|printing|email|the issue|the problem)(?: \w+){0,3} (?:works|is working|is fixed|is resolved|is ok|is fine|is good|is sorted|is back)\b`,
    String.raw`\b(?:all set|good to go|back in business|up and running|back to normal|as good as new|back online|all sorted|all fixed|all good|sorted now|fine now|good now|ok now|okay now|problem solved|issue resolved|issue fixed|case closed|mission accomplished|done and dusted|resolved now|fixed now|back on track|you can (?:now |once again )?(?:print|work|log in|sign in|connect|use \w+) again)\b`,
    String.raw`\b(?:fix|resolution|solution|repair|workaround)(?: \w+)? (?:is|was|were|has been|have been)(?: ${ADV})* (?:confirmed|verified|successful|effective|a success|validated)\b`,
    String.raw`\b(?:can|could|are able to|is able to) (?:now )?(?:print|work|log in|sign in|connect|scan|send|receive|access) (?:again|normally|as usual)\b`,
    String.raw`\b(?:everything|all|things|it all)(?: \w+)? (?:is|are|seems|looks|appears)(?: ${ADV})* (?:in order|fine|ok|okay|good|great|well|in good shape|in working order|as it should be|perfect|sorted|green|clear|normal)\b`,
    String.raw`\b(?:everything|all|things)(?: ${ADV})* (?:works|is working|runs|is running|functions|is functioning|checks out|looks good|looks fine)\b`,
    String.raw`\ball (?:is|seems|looks) (?:well|good|fine|ok|okay|in order)\b`,
    String.raw`\b(?:can|is able to|are able to|managed to|manages to|was able to|were able to|been able to)(?: (?:now|again|finally|once again|successfully|all))* (?:print|work|log ?in|sign in|connect|scan|send|receive|access|open|use|save|sync|browse|call|join|reach|start|boot|load|email|upload|download|get in|get into|see|view|edit|share|map|mount|authenticate)\w*(?: \w+){0,4} (?:again|normally|as usual|as before|without (?:any )?(?:problems?|issues?|errors?|trouble|difficult\w*|interruptions?)|fine|no problem|with no (?:problems?|issues?|errors?))\b`,
    String.raw`\b(?:can|is able to|are able to) now (?:print|work|log ?in|sign in|connect|scan|send|receive|access|open|use|save|sync|browse|reach|boot|get in|see|view|edit)\b`,
    String.raw`\b(?:managed|manage|manages|able|succeeded|were able|was able) to (?:fix|resolve|solve|repair|restore|sort|correct|eliminate|remove|clear|recover|get rid of|get \w+ (?:working|running|back|going))\b`,
    String.raw`\bsucceeded in (?:fixing|resolving|solving|repairing|restoring|sorting|correcting|eliminating|recovering)\b`,
    String.raw`\b(?:is|are|has been|have been)(?: \w+){0,2} (?:stable|solid|rock solid|error-free|trouble-free|problem-free) (?:since|for|ever since|all)\b`,
    String.raw`\b(?:up|running|live|online|working) (?:again )?(?:without|with no) (?:any )?(?:issues?|problems?|errors?)\b`,
    String.raw`\b(?:can|is able to|are able to|been able to)(?: (?:now|again|finally|once again|all))* (?!try\b|retry\b|test\b|check\b|call\b|contact\b|restart\b|reboot\b|reinstall\b|expect\b|wait\b|reach\b|report\b|let\b|tell\b|email us\b|reopen\b|escalate\b|still\b|not\b|be\b|use the workaround\b)\w+(?: \w+){0,4} (?:again|normally|as usual|as before|without (?:any )?(?:problems?|issues?|errors?|trouble))\b`,
    String.raw`\b(?:this|it|the ticket|the case|the incident|the request|this ticket|this case)(?: \w+)? (?:can|may) (?:now )?be (?:marked|set|flagged|closed)(?: as (?:resolved|closed|done|complete|fixed|solved))?\b`,
  ],
  stateClaims: [
    // C229: a steady state told in one word of praise: "the VPN has been rock solid", "the Wi-Fi in the boardroom is spot on".
    String.raw`\b(?:is|are|s|has been|have been|been|stays|remains|has stayed|has remained|looks|seems|runs|running|feels)(?: (?:now|again|just|absolutely|totally|completely|really|all|finally|simply|pretty much|literally))* (?:rock[ -]solid|flawless|faultless|impeccable|bullet-?proof|tip-?top|trouble-free|glitch-free|hiccup-free|solid as a rock)\b(?!(?: [\w-]+){0,4} (?:until|till|before|except|apart from)\b| but\b| only\b)`,
    String.raw`\b(?:wi-?fi|wifi|signal|connection|network|internet|vpn|speeds?|sound|audio|video|picture|image|colou?rs?|quality|calls?|clock|time|sync|printer|scanner|screen|display|laptop|pc|server|system|coverage|reception|latency|ping|line|phone|headset|mic|microphone|camera|webcam|everything)(?: [\w-]+){0,4} (?:is|are|s|has been|have been|sounds|looks)(?: (?:now|again|just|absolutely|totally|really))* spot on\b(?!(?: [\w-]+){0,4} (?:until|till|before|except)\b| but\b| only\b)`,
    // C157: in top form, an idiom of health said of the device: "the laptop is fit as a fiddle again", "purring like a kitten".
    String.raw`\b(?:fit as a fiddle|right as rain|fighting fit|in (?:fine|rude|top) (?:fettle|form)|in tip-?top (?:shape|form|condition)|alive and kicking|purr(?:s|ing|ed)? like a (?:kitten|cat))\b`,
    // C64: a department's run printed without a hitch: "printed all the month-end reports on
    // Friday without a single hiccup".
    String.raw`\b(?:printed|scanned|copied|sent|ran|went out|went through|came out)(?: [\w-]+){0,8} without (?:a single|a|any|one|the slightest|even one) (?:hiccup|hitch|glitch|problem|issue|error|jam|snag)s?\b`,
    // C54: it has run since without a single fault: "running without a single crash".
    String.raw`\b(?:running|runs|run|ran|printing|prints|working|works|worked)(?: [\w-]+){0,3} without (?:a single|one single|one) (?:crash|error|failure|stop|hang|hiccup|outage|fault)\b`,
    // C49: work told as done without a hitch, as a reported confirmation: "she has printed 40 pages without a hiccup".
    String.raw`\b(?:printed|scanned|copied|sent|run|ran)(?: [\w-]+){0,5} without (?:a|any|one|the slightest) (?:hiccup|hitch|glitch|problem|issue|error|jam)s?\b`,
    // C21: better than before: the device works, and better. "A bit faster" is a partial result.
    String.raw`(?<!\b(?:a (?:bit|little|tad)|slightly|somewhat|marginally|barely|only|hardly|not) )\b(?:(?:way|much|far|a lot|significantly|noticeably|considerably|dramatically|massively|so much) )?(?:faster|quicker|snappier|smoother|more (?:stable|reliable|responsive)|better) than (?:before|it was|it used to be|yesterday|last week|earlier)\b`,
    // C17: busy for a stretch of time without trouble: "printing all morning without a hiccup".
    String.raw`\b(?:all (?:morning|day|afternoon|week|night|weekend)|the whole (?:morning|day|afternoon|week)|all day long)(?: \w+){0,3} without (?:a |any |a single )?(?:hiccups?|issues?|problems?|errors?|trouble|interruptions?|complaints?|glitch(?:es)?|drops?|hitch)\b`,
    // "prints normally only in draft mode": a limit right after the manner takes the claim back.
    // C74: "DNS resolves PRN01 correctly" is a name looked up, not a fault resolved: "resolves" with
    // a manner alone is not a claim ("resolves again" still is).
    String.raw`\b(?!resolves\b|resolving\b)${DEVICE_VERBS}(?: (?!but\b|until\b|till\b|before\b|except\b)\w+){0,4} ${WELL}\b(?!(?: \w+)? (?:only|just|except|partly|partially|sometimes|intermittently)\b)`,
  ],
  symptomClaims: [
    // C317: no user is left with the fault any more: "No user is without the shared calendar anymore", "nobody gets the prompt any longer".
    String.raw`^(?:no (?:user|one|colleague|employee|member of staff|staff member|customer|client|workstation|pc|laptop)s?|nobody|no-one) (?:is|s|are|has|have|gets|receives|sees|reports|complains|hits)(?: [\w'-]+){0,6} (?:anymore|any more|any longer)\b(?!(?: [\w-]+){0,3} (?:except|but|apart)\b)`,
    // C318: not a single failure since a change: "Not one failed sign-in on the terminal server since the patch".
    String.raw`^not (?:a single|one single|one|even one) (?:[\w-]+ ){0,2}(?:failures?|errors?|crash(?:es)?|drops?|dropouts?|disconnects?|complaints?|jams?|alerts?|timeouts?|outages?|lockouts?|bounces?|rejections?|failed [\w-]+)(?: [\w-]+){0,6} since\b`,
    // C287: no longer a concern or a thing: "the Wi-Fi is no longer a concern", "the login isn't a headache any more".
    String.raw`\b(?:is|are|s|re) no longer (?:a |an )?(?:concern|worry|headache|nuisance|bother|thing|talking point|pain point)\b|\b(?:is|are|s|re) not (?:a |an )?(?:concern|worry|headache|nuisance|bother|thing) (?:anymore|any more)\b`,
    // C288: nothing broken or stuck any longer: "nothing is broken any longer on the gateway", "nothing hangs anymore".
    String.raw`\bnothing(?: is| s| has| keeps)? (?:broken|failing|crashing|sticking|stuck|hanging|freezing|erroring|glitching|dropping|timing out|playing up|acting up|breaks|fails|crashes|sticks|hangs|freezes|errors out|glitches|drops|jams|stalls|locks up|times out|lags|falls over) (?:any ?longer|anymore|any more)\b(?!(?: [\w-]+){0,3} (?:except|but|apart)\b)`,
    // C290: not seen the fault once since the change: "haven't seen the certificate popup once since the patch", "the warning has not appeared once".
    String.raw`\b(?:not|never) (?:seen|noticed|had|gotten|got|received|spotted|encountered|hit|observed) (?:the|that|this|a|an|any|a single|one) (?:(?!(?:about|on|regarding|from|for|of|with|to|reply|response|answer|update|feedback|word|news|confirmation|report|logs?|screenshot)\b)[\w-]+ ){0,3}${SYMPTOM_NOUN}(?: (?:once|a single time|even once|one time|again))?(?: [\w-]+){0,3} since\b`,
    String.raw`\b(?:has|have|had) not (?:appeared|popped up|shown up|come up|turned up|reappeared|resurfaced|recurred|dropped|crashed|frozen|disconnected) (?:once|a single time|even once|one time)\b`,
    // C262: the certificate renewed, the site opens with no warning (its own "no" negates the warning): "the portal opens with no certificate warning".
    String.raw`\b(?:opens|loads|launches|connects|comes up|opens up)(?: [\w-]+){0,3} with no (?:more )?(?:[\w-]+ )?(?:warnings?|errors?|prompts?|pop-?ups?|messages?|alerts?)\b(?! (?:only|but|except)\b)`,
    // C225: no fault over a span of time, told before or after it: "for two days now there haven't been any issues with the S: drive", "no problems with it for a week".
    String.raw`(?<!\b(?:not|never|until|till|before|almost|nearly|hope|hoping|want|wants|aim|goal|need|needs|ran|worked|lasted|held|went|was|were|had|did)\b(?: [\w'-]+){0,3} )\b(?:for|in|over|during|it has been|it is been) (?:the (?:last|past) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|few)(?: full| whole| straight| entire)? (?:days?|weeks?|hours?|nights?|shifts?|working days?|business days?)(?: now| straight| running| in a row)?(?: (?!(?:were|was|had|will|would)\b)[\w'-]+){0,3} (?:no|zero|not a single|not one|without(?: a single| any| one)?|(?:have|has) (?:not|never) (?:been|had|seen|noticed|got|gotten) (?:any|a single|one)|(?:have|has) (?:had|seen) (?:no|zero|not a single))(?: [\w-]+){0,2} (?:issues?|problems?|errors?|trouble|complaints?|faults?|hiccups?|glitch(?:es)?|crash(?:es)?|outages?|disconnects?|drops?|dropouts?|incidents?|freezes?|jams?)\b`,
    String.raw`(?<!\b(?:had|was|were|expect|expecting|want|wants|hope|hoping|aim for|goal of)(?: [\w-]+)? )\b(?:no|zero|not a single|not one|(?:have|has) (?:not|never) (?:been|had|seen|noticed|got|gotten) (?:any|a single|one))(?: [\w-]+){0,2} (?:issues?|problems?|errors?|trouble|complaints?|faults?|hiccups?|glitch(?:es)?|crash(?:es)?|outages?|disconnects?|drops?|dropouts?|incidents?|freezes?|jams?)(?: [\w'-]+){0,5} (?:for|in|over) (?:the (?:last|past) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)(?: full| whole| straight| entire)? (?:days?|weeks?|hours?|nights?|shifts?|working days?|business days?)(?: now| straight| running| in a row)?\b(?! (?:then|until|before|but|after)\b)`,
    // C226: nothing left to complain about, as an idiom: "Can't complain now", "nothing to complain about anymore".
    String.raw`(?<!\b(?:will|would|could|might|may|if|when|whether|until|once|unless|hope|hoping)\b(?: [\w'-]+){0,2} )\b(?:can not|cannot|ca not) (?:really |honestly |possibly |exactly )?complain\b(?! (?:to|yet|until|unless|if)\b| about (?:the |a |our |your )?(?:vendor|supplier|manufacturer|provider|isp|carrier|contract|price|cost|bill|invoice)s?\b)`,
    String.raw`\bnothing (?:left |more |else )?to (?:complain|moan|grumble|whinge|gripe) about\b(?! (?:yet|until|if)\b)`,
    // C227: nothing wrong with it anymore: "there is no longer anything wrong with the docking station", "nothing's the matter with it now".
    String.raw`\bno longer (?:anything|something) (?:wrong|the matter|amiss|odd|off) (?:with|on|about)\b`,
    String.raw`\bno longer (?:any|a) (?:problem|issue|fault)s? (?:with|on)\b`,
    String.raw`\bnothing(?: is| s)? (?:wrong|the matter|amiss|odd|off) with (?:it|them|him|her|this|that|the [\w-]+|[\w-]+)(?: [\w-]+){0,3} (?:now|anymore|any more|since)\b`,
    String.raw`\bnot (?:\w+ )?anything (?:wrong|the matter|amiss) with(?: [\w-]+){1,4} (?:now|anymore|any more)\b`,
    // C197: no fault counted since the change: "0 errors in the event log since the restart".
    String.raw`\b(?:0|zero) (?:[\w-]+ ){0,2}(?:errors?|crash(?:es)?|failures?|alerts?|outages?|drops?|faults?|warnings?)(?: (?!but\b|except\b)[\w-]+){0,6} since (?:the |this |last )?(?:[\w-]+ )?(?:restart|reboot|patch|fix|update|change|swap|replacement|repair|reinstall\w*|upgrade|migration|intervention)\b`,
    // C160: nothing left to report or complain about since the fix: "Nothing to report on the file share anymore", "can't say anyone has grumbled about it since Tuesday".
    String.raw`(?<!\b(?:not|still|yet)\b.{0,20})\bnothing (?:more |further |new |else )?to report(?: [\w'-]+){0,6} (?:anymore|any more|since (?:the )?(?:fix|change|swap|repair|reinstall\w*|update|reboot|intervention))\b`,
    String.raw`\b(?:no one|nobody|no-one|can not say anyone|cannot say anyone|can not say anybody|cannot say anybody)(?: (?:has|have|is|s|had))? (?:grumbled|complained|moaned|whinged|griped|grumbling|complaining|moaning)(?: [\w'-]+){0,5} (?:since|anymore|any more|all week|all day)\b`,
    // C161: it gives no more trouble, an idiom: "the terminals aren't giving us any grief anymore", "not a peep out of them since".
    String.raw`\b(?:not|no longer|never)(?: \w+){0,2} giving (?:us |me |them |anyone |you |the users |staff )?(?:any )?(?:grief|trouble|hassle|headaches?|bother|aggro)(?: (?:anymore|any more|now|since))\b`,
    String.raw`\bnot (?:a peep|a squeak|a murmur) (?:out of|from) (?:it|them|him|her|the [\w-]+)(?: [\w-]+){0,3}(?: (?:since|anymore|any more|all (?:day|week|morning))\b|$)`,
    // C145: no more of the fault: "No more lag on the RDP sessions since the move".
    String.raw`(?<!\b(?:hope|hoping|want|wants|expect|expecting|aim|goal is) (?:for )?)\bno more (?:lag|lagging|drops|dropouts|freezes|freezing|crashes|crashing|disconnects|disconnections|stutter|stuttering|jams|paper jams|errors|pop-?ups|prompts|timeouts|reboots|bluescreens)\b(?! than\b)`,
    // C133: not a single complaint since a time: "Not a single complaint from the front desk since Tuesday".
    String.raw`\b(?:not (?:a single|one)|zero|no) (?:more |further |new |other )?(?:complaints?|tickets?|reports?)(?: (?!but\b)[\w'-]+){0,5} since\b`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`\b(?:does not|do not|did not|no longer) (?:have|need|has) to (?:use|go through|rely on|fall back on)(?: [\w-]+){0,4} (?:workaround|stopgap|webmail|web mail|fallback|loaner|hotspot)\b`,
    String.raw`\bno need to (?:restart|reboot|re-?\w+|power[ -]?cycle|reconnect|unplug|clear|reset)\b(?: [\w-]+){0,6} (?:anymore|any more)\b`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`\b(?:has held|has been up|has run|has been running|has stayed up|has been stable|has stayed connected|held|holding|ran|running|stayed up|been up)(?: [\w-]+){0,4} (?:days?|hours?|weeks?|nights?|night|morning|afternoon|day|week)(?: now)? without (?:a single|one single|one|any) (?:[\w-]+ )?(?:disconnects?|disconnections?|drops?|dropouts?|outages?|errors?|crash(?:es)?|failures?|interruptions?|hiccups?|blips?)\b`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`\b0 (?:packet |packets )?(?:loss|lost|drops|dropped)\b(?! (?:to|tomark)\b)`,
    String.raw`\b(?:packet )?loss (?:of |at |is |was )?0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`\b(?:has|have|had) (?:nothing|no|nothing more|nothing else|no more|nothing left) (?:more |further |else |left )?to complain about\b`,
    String.raw`\bno (?:more|further) complaints\b`,
    String.raw`\b(?:no longer|has stopped|stopped) complaining\b`,
    // C103: a negated negative: "nothing wrong with them now", "no longer refuses to start", "no more spinning wheel".
    String.raw`\bnothing(?: is)? wrong with (?:it|them|the [\w-]+)(?: [\w-]+){0,2} (?:now|anymore|any more)\b`,
    String.raw`\bno longer (?:refuses|fails|declines) to\b`,
    String.raw`\bno more (?:spinning wheel|hourglass|spinner|beachball|loading circle)\b`,
    // C94: the chore the fault forced, no longer needed: "users no longer need to restart the router".
    String.raw`\b(?:no longer|no more|never again) (?:need|needs|needed|have|has|must)(?: \w+)? to (?:restart|reboot|re-?\w+|power[ -]?cycle|reconnect|unplug|log in again|sign in again|clear|reset)\b`,
    String.raw`\b(?:nobody|no one|no-one|no user|none of the users) (?:has|have|needs?|must)(?: \w+)? to (?:restart|reboot|re-?\w+|power[ -]?cycle|reconnect|unplug|clear|reset)\b(?:(?: [\w-]+){0,6} (?:anymore|any more))?`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|zero) (?:[\w-]+ ){0,2}(?:failed|unsuccessful|dropped|rejected|bounced|lost|stuck|hung|crashed|timed ?out)\b`,
    // C92: the fault not back over a span: "no recurrence", "no new disconnects over the weekend".
    String.raw`\bno (?:recurrence|reoccurrence|repeat|repetition)s?\b`,
    String.raw`\bno (?:new|further|more|fresh|repeat|additional|other) (?:[\w-]+ ){0,3}(?:disconnect\w*|drops?|dropouts?|outages?|failures?|incidents?|complaints?|crash(?:es)?|errors?|freezes?|lockouts?|timeouts?|cuts?|hangs?|jams?|alerts?|tickets?|reports?)\b`,
    String.raw`\b(?:has|have|had) not (?:\w+ )?(?:recurred|reoccurred|come back|returned|reappeared|happened again|resurfaced)\b`,
    String.raw`\b(?:did|does) not (?:recur|reoccur|come back|return|reappear|happen again|resurface)\b`,
    // C86: the monitoring has not seen a single outage since the change, told with its own verb:
    // "n'a remonté aucune coupure depuis", "一度も検知されていません".
    String.raw`\b(?:has|have)(?: not|n t|nt) (?:dropped|crashed|failed|gone down|gone offline|disconnected|rebooted|hung|frozen|dropped out) (?:once|a single time|even once)(?: [\w-]+){0,3} since\b`,
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`\b(?:jams?|paper jams?|crash(?:es)?|errors?|disconnects?|dropouts?|freezes|pop-?ups?|prompts?|outages?|hangs|reboots)(?: [\w-]+){0,6} (?:have|has) (?:now )?(?:completely |fully |entirely |finally )?(?:stopped|ceased|ended)\b(?! (?:being|after|for)\b)`,
    String.raw`\bno more\b(?: \S+){0,6} (?:pop-?ups?|prompts?|errors?|crash(?:es)?|messages?|warnings?|dialogs?|jams?)(?: [\w-]+){0,4} since\b`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`\b(?:backup|veeam|datto|acronis|job)(?: [\w-]+){0,5} logs?(?: [\w-]+){0,4} (?:is|was|looks|came back|are) (?:all )?clean\b`,
    String.raw`\b(?:backup|veeam|datto|acronis) logs?(?: [\w-]+){0,4} (?:is|was|looks|came back|are) (?:all )?clean\b`,
    // C65: a span of time with no fault: "has held steady with no event 7031", "stayed up without
    // interruption" (its own "no" negates the fault, not the state).
    String.raw`(?<!\b(?:not|never|hardly) )\b(?:held|holding|holds|stayed|stays|remained|remains|kept) (?:steady|stable|up|running|solid|rock solid|online|alive)(?: [\w-]+){0,3} (?:with no|without)\b`,
    // C64: nobody has been in touch about it since: "no user has contacted support since Monday".
    String.raw`\b(?:nobody|no one|no-one|no user|no users|not a single user|not one user)(?: \w+){0,2} (?:contacted|phoned|emailed|rung|messaged|been in touch|got in touch|raised a ticket|logged a ticket)(?: \w+){0,4} (?:since|after|following|anymore|any more|again)\b`,
    // C65: a span of time with no fault: "Since Tuesday, not a single spooler stop has been logged".
    String.raw`\b(?:not a single|not one|zero)(?: [\w-]+){0,2} (?:stops?|crash(?:es)?|failures?|errors?|outages?|hangs?|faults?|events?|incidents?|restarts?|jams?)(?: [\w-]+){0,2} (?:has|have) been (?:logged|recorded|seen|reported|registered|observed|detected)\b(?! (?:yet|so far) but\b)`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\bno (?:more )?repro\b(?: (?!(?:will|would|to|be|must|should|could|may|might|need|needs|not|never|yet|pending|awaiting|once|when|if|until)\b)[\w-]+){0,4} (?:after|since|following|anymore|any more)\b`,
    String.raw`\bno (?:more )?repro (?:anymore|any more)\b`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`\bno longer (?:exactly|really|quite|particularly|actually|all that) (?:broken|faulty|down|failing|crashing|a problem|an issue|unstable|problematic)\b`,
    String.raw`\bnot (?:exactly|really|quite|particularly) (?:broken|faulty|failing|crashing|a problem|an issue|problematic) (?:anymore|any more)\b`,
    // C46: not one job stuck, as a count (after a comparison with last week): "no stuck jobs at all".
    String.raw`\bno (?:[\w-]+ ){0,2}(?:${SYMPTOM_NOUN}|(?:stuck|hung|jammed|failed) (?:jobs?|prints?|documents?)) (?:at all|whatsoever)\b`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`\b(?:zero|0|no) (?:[\w-]+ ){0,2}${SYMPTOM_NOUN}(?: [\w-]+){0,5} (?:in|over|during|within|for) the (?:last|past) (?:\d+ |few |two |three |seven )?(?:hours?|days?|weeks?|h)\b`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`\b(?:no|zero|not a single|not one)(?: more| further)? (?:stuck|hung|hanging|jammed|frozen|stalled|crashed|failed) (?:\w+ )?(?:jobs?|tasks?|documents?|prints?)(?: \w+){0,3} (?:since|anymore|any more|all (?:day|week|morning|weekend))\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\bnever (?:been|was|worked|run|ran|felt) (?:this|so) (?:fast|good|well|stable|smooth|quick|snappy)\b`,
    // "Any more crashes? No, none since Friday."
    String.raw`^(?:none|not one|not a single one|zero)(?: \w+)? (?:since|anymore|any more)\b`,
    // C25: no alerts or events since a time.
    String.raw`\b(?:no|zero|not a single|not one) (?:\w+ )?(?:alerts?|alarms?|events?|event ids?|warnings?|tickets?|reports?|entries)(?: \w+){0,4} (?:since|ever since|after|following)\b`,
    // C23: nobody has complained since a time: "Haven't heard a complaint since Monday".
    String.raw`\b(?:nobody|no one|no-one|none of the users|not a single user)(?: \w+){0,2} (?:complained|called|called back|reported (?:anything|any \w+|a \w+|problems?|issues?|it)|raised \w+|opened a ticket|rang)(?: \w+){0,3} (?:since|after|following|anymore|any more|again|so far|today|this week)\b`,
    // C33: the business goes on: "no impact on users", "nobody is blocked any more".
    String.raw`\bno (?:more |further |longer any )?(?:impact|disruption|effect) (?:on|to) (?:the |our |your )?(?:\w+ )?(?:users?|business|work|operations|staff|production|team)\b`,
    // C31: the symptom did not come back: "has not recurred", "no longer reproducible".
    String.raw`\b(?:not|never) (?:\w+ ){0,2}(?:recurred|reoccurred|re-occurred|reappeared|resurfaced|returned|come back|came back|happened again|occurred again|shown up again|showed up again)\b(?! (?:yet|so far) but\b)`,
    String.raw`\b(?:not|no longer) (?:\w+ )?reproducible\b`,
    String.raw`\b(?:not|never) (?:had|heard|seen|got|gotten|experienced|noticed|received|heard of|logged|observed) (?:any|a single|a|another|one|more|further|the|that|this) (?:\w+ )?(?:issues?|problems?|errors?|complaints?|crash(?:es)?|incidents?|disconnects?|drops?|tickets?|calls?|reports?|freezes|outages?)(?: \w+){0,3} (?:since|anymore|any more|after|following)\b`,
    String.raw`\b(?:no|zero|not a single|not one) (?:\w+ )?(?:issues?|problems?|errors?|complaints?|crash(?:es)?|incidents?|disconnects?|drops?|tickets?|calls?)(?: \w+){0,2} (?:since|ever since|after|following)\b`,
    String.raw`\bno (?:further|more|other|additional) (?:action|work|steps?|troubleshooting|changes?|follow-?up)(?: is| are)?(?: (?:needed|required|necessary|on your (?:side|end|part)))\b`,
    String.raw`\bnothing (?:more|else|further) (?:to do|is needed|needed|required|to worry about)\b`,
    String.raw`\bno longer (?:\w+ )?${SYMPTOM}`,
    String.raw`\b(?:not|never) (?:\w+ ){0,2}${SYMPTOM}(?: \w+){0,3} (?:anymore|any more)\b`,
    String.raw`\bno (?:more|further) (?:crash|error|freez|disconnect|drop|prompt|pop-?up|issue|problem|complaint|jam|bluescreen|reboot|outage)\w*`,
    String.raw`\b(?:no|zero|without) (?:\w+ )?(?:crash|error|issue|problem|disconnect|drop|freez|prompt|complaint|jam)\w*(?: \w+){0,2} (?:since|anymore|any more)\b`,
  ],
  actions: [
    String.raw`\b(?:replaced|reinstalled|installed|updated|upgraded|reset|restarted|rebooted|reconfigured|configured|cleared|removed|deleted|rebuilt|recreated|migrated|patched|swapped|reimaged|re-imaged|flashed|repaired|enabled|disabled|wiped|formatted|renewed|rolled back|downgraded|uninstalled|purged|cleaned)\b`,
  ],
  negativeSubjects: ['nothing', 'neither', 'none', 'nobody', 'no one', 'not one', 'no single'],
  without: ['without'],
  negators: [
    'not',
    'never',
    'no',
    'cannot',
    'nothing',
    'nor',
    'neither',
    'unable',
    'failed',
    'longer',
    'hardly',
  ],
  modals: [
    'will',
    'would',
    'could',
    'might',
    'may',
    'shall',
    'going',
    'to',
    'need',
    'needs',
    'must',
    'try',
    'trying',
    'hope',
    'expect',
    'want',
    'wants',
    'plan',
    'planned',
    'aim',
    'seem',
    'seemed',
    'seems',
    'appear',
    'appeared',
    'appears',
    'supposed',
    'meant',
    'hopefully',
  ],
  hedges: ['should', 'ought'],
  now: ['now', 'already'],
  auxiliaries: [
    // "should start syncing again": the verb of beginning belongs to the verb group after a modal.
    'start',
    'begin',
    'is',
    'are',
    'was',
    'were',
    'be',
    'been',
    'being',
    'has',
    'have',
    'had',
    'do',
    'does',
    'did',
    'get',
    'got',
    'gets',
    'it',
    'still',
    'yet',
    'fully',
    'now',
    'all',
    'quite',
    'really',
    'entirely',
    'completely',
    'properly',
    'entirely',
    'even',
    'just',
    'also',
  ],
  conjunctions: [
    // C292: "as of 14:30, …" opens the clause as a whole: its "of" is not the Dutch "whether".
    'as of',
    'and',
    'but',
    'so',
    'then',
    'however',
    'although',
    'though',
    'while',
    'whereas',
    'because',
    'or',
    'yet',
    'plus',
    'also',
    'meanwhile',
    'otherwise',
    'instead',
  ],
  conditions: [
    'if',
    'unless',
    'until',
    'once',
    'when',
    'whenever',
    'before',
    'whether',
    'as soon as',
    'so that',
    'in order to',
    'in case',
    'provided that',
    'assuming',
    'as long as',
    'so it can',
    'to make sure',
    'to ensure',
    'to check',
  ],
  since: ['after', 'since', 'ever since', 'following'],
  contrasts: [
    // C328 (honest): a good state for all but some, the exception named after it: "nobody gets the prompt any more, except the front desk".
    ...EXCEPTED,
    // C327 (honest): a step done, the outcome still open: "the rollout is done; it remains to be seen whether the slowness goes".
    ...STILL_OPEN,
    // C326 (honest): "the reboot helped on Monday; this time it changed nothing": a fix of an earlier incident, then this one denied.
    'this time',
    'this time round',
    'this time around',
    'only',
    'still',
    'but',
    'however',
    'though',
    'yet',
    'except',
    'whereas',
    'while',
    // C294 (honest): "The new monitor works perfectly; the VPN keeps dropping": a failure that goes on.
    'keeps dropping',
    'keeps crashing',
    'keeps freezing',
    'keeps disconnecting',
    'keeps hanging',
    'keeps failing',
    'keeps rebooting',
    'keeps restarting',
    'keeps timing out',
    'keeps cutting out',
    'keeps locking up',
    'keeps falling over',
    'continues to drop',
    'continues to crash',
    'continues to freeze',
    'continues to disconnect',
    'continues to hang',
    'continues to fail',
    'continues to reboot',
    'continues to restart',
    'continues to time out',
    'continues to cut out',
    'constantly',
    'repeatedly',
    'over and over',
    // C295 (honest): "We fixed it in March; unfortunately the error is back": the turn of a recurrence.
    'unfortunately',
    'sadly',
  ],
  limits: [
    // C328 (honest): a good state for all but some, the exception named after it.
    'except',
    'except for',
    ...EXCEPTED,
    // C327 (honest): the outcome still open after a step done.
    ...STILL_OPEN,
    // C326 (honest): the change denied any effect on this incident: "this time it made no difference".
    'no difference',
    'no effect',
    // C294 (honest): a failure that goes on, after "keeps" or "continues to": "the VPN keeps dropping".
    'dropping',
    'crashing',
    'freezing',
    'disconnecting',
    'hanging',
    'rebooting',
    'restarting',
    'timing out',
    'cutting out',
    'locking up',
    'falling over',
    'erroring',
    'to drop',
    'to crash',
    'to freeze',
    'to disconnect',
    'to hang',
    'to time out',
    'to cut out',
    'to reboot',
    'to restart',
    'to lock up',
    'to fall over',
    // C295 (honest): "It worked for a week after our fix, but it has been unreachable again since Monday".
    'unreachable again',
    'unavailable again',
    'offline again',
    'broken again',
    'failing again',
    'not working again',
    'dropping again',
    'crashing again',
    'freezing again',
    'hanging again',
    'error is back',
    'problem is back',
    'issue is back',
    'fault is back',
    'errors are back',
    'problems are back',
    'issues are back',
    'crashes are back',
    'drops are back',
    'has returned',
    // C230: "It seems to be fixed, but we are waiting for the user's confirmation": a confirmation still awaited limits the seeming.
    'waiting for',
    'waiting on',
    'still awaiting',
    'awaiting',
    'fail',
    'fails',
    'failing',
    'drops',
    'crashes',
    'errors',
    'stops',
    'still',
    'only',
    'partially',
    'partly',
    'failing',
    'fails',
    // "…, but the error persists": what stays broken limits what came before.
    'persists',
    'persist',
    'remains',
    'remain',
    'recurs',
    'returns',
    'reappears',
    // "We marked it resolved, but the issue came back": what came back undoes what was told.
    'came back',
    // "We fixed it, but it crashed again an hour later": a fault told again undoes the claim. Only
    // with "again": "Fixed the issue where the spooler crashed" tells the fault, not a recurrence.
    'crashed again',
    'stopped again',
    'failed again',
    'froze again',
    'hung again',
    'broke again',
    'dropped again',
    'went down again',
    'fell over again',
    'crashes again',
    'stops again',
    'came back',
    'comes back',
    'come back',
    'returned',
    'recurred',
    'reappeared',
    'not',
    'no',
    'never',
  ],
  complementizers: ['that'],
  frames: [
    String.raw`\b(?:not|never) (?:consider|call|treat|mark|regard|count)\b`,
    String.raw`^(?:please |kindly |now |then |next |also |first |afterwards )?(?:confirm|check|verify|test|ensure|make sure|see|ask|monitor|watch|find out|validate|double-check|determine|establish|observe|let us know|tell us|report|wait)\b`,
    // C228: an announcement ("pleased to confirm", "happy to report") is not a plan to check.
    String.raw`(?<!\b(?:pleased|happy|glad|delighted|thrilled|proud)(?: \w+){0,3} )\b(?:will|would|to|must|should|need to|needs to|have to|has to|going to|please|let us|want to|wants to|plan to|try to|can you|could you|asked|ask)(?: \w+){0,3} (?:confirm|check|verify|test|ensure|make sure|see|monitor|watch|find out|validate|double-check|determine|establish|observe)\b`,
    String.raw`\b(?:not|never|cannot|no way to)(?: \w+){0,2} (?:think|believe|say|confirm|claim|guarantee|promise|know|sure|certain|convinced|assume|tell|call it)\b`,
    String.raw`\b(?:hope|hoping|hopefully|expect|expecting|aim|aiming|goal|target|wish|waiting for|wait for|to see)\b`,
    // C230: a denied appearance governs what follows it: "doesn't look like the scanner is sorted".
    String.raw`\b(?:not|never)(?: \w+)? (?:look|looks|seem|seems|appear|appears|sound|sounds)(?: (?:like|as if|as though|that))?\b`,
    // A part of the whole ("two of the three mailboxes", "only the first floor", "some users") is a
    // partial result, not the end of the problem.
    // C319: "half" before a Dutch hour is a time of day ("sinds half negen", since half past eight), not a part.
    String.raw`\b(?:only|partly|partially|some|certain|most|half(?! (?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b)|several|a few)\b`,
    // From "of" on: Dutch "of" starts a clause, so the clause may begin there.
    // C292: from a time of day on, reachable again: "as of 14:30 the share is reachable again", "as of 8 am the VPN is back online":
    // "as of 14:30" is a time of day, not a part of a whole.
    String.raw`(?<!\bas )\b(?:of|out of) (?:the |our |your |its )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b`,
    String.raw`\b(?:likely|probably|presumably|anticipate|predicted|supposedly)\b`,
  ],
  unaffected: ['unaffected', 'not affected', 'was not impacted', 'is not impacted', 'not impacted'],
  transient: [
    // C139 (honest): "The test print worked once, then failed again": a success told once.
    String.raw`\b(?:worked|printed|ran|went through|came through|succeeded|connected|synced|started|booted) (?:only )?once(?=$| then| and| but| before| in\b| on\b| during| after| for\b)`,
    // C108 (honest): "looks stable for now, but we'll watch it": a state that holds so far.
    String.raw`\bfor now\b`,
    String.raw`\b(?:briefly|temporarily|momentarily|intermittently|occasionally|sometimes|at first|initially|for a (?:while|bit|moment|second|minute))\b`,
    String.raw`\bfor (?:a |an |one |two |three |ten |twenty |thirty |sixty |some |about |only |\d+ )*(?:few |couple of )?(?:seconds?|minutes?|hours?|moments?|days?)\b(?! now\b| and counting\b| straight\b| in a row\b)`,
  ],
  pastAux: ['was', 'were', 'had', 'used'],
  ellipticals: [
    // C166: a retest told in one word: "Tried it again. Clean.", "Nochmal getestet. Sauber.".
    'clean',
    'all clean',
    'clean now',
    'clean again',
    'green across the board',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'fcr',
    'rtn',
    'closed-complete',
    'closed complete',
    'nfa',
    'nfa required',
    'returned to normal',
    // C87: a measurement read all normal: "94 Mbps down, 18 ms latency, all green".
    'all green',
    'remediated',
    'sorted now',
    'nailed',
    'all done',
    'resolved',
    'fixed',
    'solved',
    'sorted',
    'sorted out',
    'done',
    'repaired',
    'restored',
    'works',
    'works fine',
    'all good',
    'all fine',
    'good to go',
    'all set',
    'up and running',
    'back up',
    'back online',
    'back to normal',
    'eliminated',
    'cleared',
    'fine',
    'good',
    'ok',
    'okay',
    'operational',
    'functional',
    'working now',
    'running now',
    'works now',
    'working again',
    'fine now',
    'good now',
    'taken care of',
    'handled',
    'nailed it',
    'success',
    'successful',
    'sorted now',
    'closed',
    'complete',
    'completed',
    'green',
    'healthy',
    'stable',
    'okmark',
    'no issues',
    'no problems',
    'no errors',
    'problem solved',
    'issue resolved',
    'all working',
    'gone',
    'squashed',
    'fixed up',
    'ok now',
  ],
  statusNouns: ['status', 'state', 'result'],
  labelStates: ['working', 'working fine', 'running', 'up', 'online', 'normal'],
  fillers: [
    'now',
    'again',
    'finally',
    'all',
    'everything',
    'it',
    'its',
    'is',
    'the',
    'this',
    'that',
    'problem',
    'issue',
    'error',
    'fault',
    'ticket',
    'good',
    'great',
    'news',
    'ok',
    'okay',
    'so',
    'well',
    'yay',
    'phew',
    'and',
    'our',
    'your',
    'side',
    'end',
    'here',
    'there',
    'already',
    'fully',
    'completely',
    'totally',
    'confirmed',
    'on',
    'officially',
    'indeed',
    'definitely',
    'update',
    'status',
    'result',
    'outcome',
    'hi',
    'hello',
    'thanks',
    'thank',
    'you',
    'team',
    'as',
    'of',
    'today',
    'for',
    'us',
    'me',
    'printer',
    'printing',
    'email',
    'mail',
    'vpn',
    'wifi',
    'laptop',
    'pc',
    'server',
    'device',
    'network',
    'login',
    'account',
    'outlook',
    'teams',
    'scanner',
    'looks',
    'like',
    'okmark',
    'yes',
    'by',
    'then',
    'has',
    'been',
    'are',
    'things',
    'stuff',
    'user',
    'customer',
    'says',
    'said',
    'reports',
    'reported',
  ],
  // C253: "just now" in a "yes" that answers a question tells when, not how little.
  justNow: ['has just', 'have just', 'just now', 'just confirmed', 'just called', 'just told'],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: [
    'right',
    'correct',
    'yeah',
    'no',
    'is not it',
    'does not it',
    'has not it',
    'have not they',
    'do not they',
    'are not they',
    'can not they',
    'can not she',
    'can not he',
    'did not it',
    'agreed',
  ],
  affirmations: [
    // "Can Anna log in again? Yes, she can."
    'she',
    'he',
    'they',
    'can',
    'does',
    'do',
    'did',
    'is',
    'are',
    'yes',
    'yep',
    'yeah',
    'yup',
    'indeed',
    'correct',
    'affirmative',
    'absolutely',
    'sure',
    'it is',
    'it does',
    'we did',
  ],
  closings: [String.raw`\b(?:clos|marking|mark|marked)`],
  openClosings: [
    String.raw`\bwithout (?:a |any )?(?:confirmed |working |verified |successful |final )?(?:fix|resolution|solution)\b`,
    String.raw`\b(?:not|never|no longer)(?: \w+){0,3} (?:resolved|fixed|solved|confirmed)\b`,
    String.raw`\b(?:unresolved|still open|not been fixed|no fix (?:was |has been )?confirmed|no confirmed fix)\b`,
    String.raw`\bat your request\b.*\b(?:reopen|unresolved|not)\b`,
  ],
  endorsements: [
    String.raw`\b(?:as (?:noted|confirmed|mentioned|stated|recorded|reported|said|expected|agreed|verified|documented|discussed|promised)|as per|indeed|confirmed|verified|good news|great news|update|status|result|outcome|conclusion|summary|final|note|fyi|bottom line|in short|tl ?dr)\W*$`,
  ],
  problemFree: [
    String.raw`\bwithout (?:any |a single |a |further |the slightest )?(?:issues?|problems?|errors?|trouble|hiccups?|complaints?|interruptions?|drops?|dropouts?|disconnects?|crash(?:es)?|failures?)\b`,
  ],
  misspellings: [
    // C257: chat shorthand of a fix: "wrks agn", "shares r back", "evrything wrks now".
    'agn again',
    'wrks works',
    'wrk work',
    'wrkn working',
    'wrkng working',
    'wrking working',
    'evrything everything',
    'evrythin everything',
    'evry every',
    'r are',
    'nicley nicely',
    'nicly nicely',
    'evrythings everything',
    'teh the',
    'agian again',
    'agin again',
    'wroks works',
    'wokrs works',
    'workign working',
    'wokring working',
    'fxed fixed',
    'fixd fixed',
    'resovled resolved',
    'reslved resolved',
    'sovled solved',
    'sloved solved',
    'nromal normal',
    'noramlly normally',
    'normaly normally',
    'porperly properly',
    'propery properly',
    'pritning printing',
    'priting printing',
  ],
  typoStems: ['resolved', 'properly', 'normally', 'correctly', 'perfectly', 'reproducible', 'successfully'],
  partials: [
    // C202: a good state told at a few of the places it was broken at: "on two tills card payment works again".
    String.raw`\b(?:on|at|in) (?:\d+|two|three|four|five|a few) (?:[\w-]+ )?(?:tills|registers|pcs|computers|laptops|printers|workstations|branches|stores|shops)\b`,
    String.raw`\b(?:\d+|one|two|three|four|five|six|some|most|half|several|a few|part|none) (?:of|out of) (?:the |our |your |their |\d+ )?\w+`,
    String.raw`\b(?:some|most|several|a few|certain|a handful of) (?:users|mailboxes|printers|machines|devices|staff|people|pcs|laptops|sites|computers|accounts|workstations|phones|clients)\b`,
  ],
  scopes: [
    // C266: a good state limited to a test bed is no fix in production: "worked in the test VM, not yet in production".
    String.raw`\b(?:in|on|at|for) (?:the |a |an |one |our |my |this |that )?(?:(?:test|testing|trial|pilot|dev|development|lab|staging|spare)[ -]?(?:vms?|machines?|box(?:es)?|environments?|env|servers?|tenants?|laptops?|pcs?|devices?|users?|accounts?|instances?|groups?|rings?|bench|systems?|setups?|clones?|copy)|staging|the lab|lab|sandbox|pre-?prod(?:uction)?|uat|qa)\b`,
    // A good state limited to a few of those it was broken for: "restored only for two users".
    String.raw`\b(?:only|just) (?:for|on|at) (?:the )?(?:\d+|one|two|three|four|five|a few|some|several|certain|part of the) (?:\w+ )?(?:users?|mailboxes|printers?|machines?|devices?|staff|people|pcs|laptops?|sites?|computers?|accounts?|workstations?|phones?|clients?|queues?|floors?|departments?)\b`,
  ],
  waits: [String.raw`\bonly (?:once|after|when|if)\b`, String.raw`\bnot (?:until|before)\b`],
  // A fault denied as still going on: the frame of denial, then "still" and the fault.
  denials: [
    // C286: a closing label and what the user can do: "Closing: user can print", "Outcome: the customer can log in again".
    String.raw`^(?:closing|closure|close-?out|conclusion|outcome|result|resolution|wrap-?up|final (?:status|result|outcome|state|check)|end result)(?: (?:note|status|summary))? (?:the |our |your )?(?!(?:nobody|no|none|noone|not|neither|nothing|we|i)\b)[\w'-]+(?: (?!(?:can|cannot|not|no)\b)[\w'-]+)? (?:can|is able to|are able to) (?:now |again |finally |successfully |all )*(?:print|scan|copy|fax|log ?in|log on|sign in|connect|access|open|send|receive|save|use|work|browse|call|reach|sync|email|mail|map|mount|get in|get on)\b(?: (?!(?:not|no|never|only|but|except|once|when|if|after|until|yet|still|tomorrow|later|partly|partially|sometimes|intermittently|occasionally|via|through|using|instead|other|another|spare|loaner|workaround)\b)[\w'-]+){0,6}$`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`\bthere (?:is|are) (?:not|no) (?:longer |more )?(?:a single |one |any |a )?(?:[\w-]+ ){1,4}(?:that|which) (?:is|are|does|do) not (?:printing|working|running|print|work|run|connecting|connect|booting|boot)\b`,
    String.raw`\bit is not (?:like|as if|as though) (?:[\w-]+ ){1,4}(?:still|again) [\w-]+`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:[\w-]+ ){0,3}(?:crash(?:es)?|errors?|failures?|faults?|incidents?|outages?|stops?|hangs?|jams?)(?: count| total)?(?: (?:since|after|following) [\w -]+)?$`,
    String.raw`^(?:[\w-]+ ){0,4}(?:occurrences?|events?|entries)(?: (?!(?:will|would|to|be|must|should|could|may|might|need|needs|not|never|yet|pending|awaiting|once|when|if|until)\b)[\w-]+){0,2} (?:since|after|following) [\w -]+$`,
  ],
  noes: ['no', 'nope', 'nah'],
  elsewhere: [
    'the problem is',
    'the issue is',
    'the fault is',
    'the cause is',
    'the culprit is',
    'the problem lies',
    'the issue lies',
    'the fault lies',
    'the cause lies',
    'the problem sits',
    'the problem comes from',
    'the issue comes from',
    'the fault comes from',
    'the error comes from',
  ],
  faults: [
    'broken',
    'down',
    'failing',
    'fails',
    'crashing',
    'crashes',
    'faulty',
    'offline',
    'dead',
    'jamming',
    'jams',
    'freezing',
    'freezes',
    'dropping',
    'drops',
    'erroring',
    'playing up',
    'acting up',
    'an issue',
    'a problem',
    'flaky',
    'buggy',
    'glitching',
    'lagging',
    'slow',
    'jam',
    'crash',
    'fail',
    'freeze',
    'drop',
    'hang',
    'not working',
    'not printing',
    'not syncing',
  ],
  targets: ['expected', 'target', 'allowed', 'max', 'maximum', 'threshold', 'goal', 'sla', 'limit'],
  // C100: an aside of sight asserts what follows it.
  asides: [
    'as far as i can (?:see|tell)',
    'from what i can (?:see|tell)',
    'as far as we can (?:see|tell)',
    'from what we can (?:see|tell)',
  ],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['now that', 'seeing as', 'given that'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [
    String.raw`\b(?:good|great) news\b`,
    String.raw`\b(?:pleased|happy|glad) to (?:let you know|report|inform you|confirm)\b`,
  ],
  again: ['again'],
};
