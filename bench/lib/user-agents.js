// 1,000 realistic user agents for the share-redirect benchmark: desktop and mobile browsers, the
// in-app browsers of the social apps (people: redirected) and link previewers (crawlers: the tag
// page), in about the proportions of a shared link's traffic (a few percent previewers).
"use strict"

function userAgents(count = 1000) {
  const out = new Set()
  const push = (ua) => out.size < count && out.add(ua)
  const crawlers = [
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "Pinterest/0.2 (+https://www.pinterest.com/bot.html)",
    "Mozilla/5.0 (compatible; Pinterestbot/1.0; +http://www.pinterest.com/bot.html)",
    "WhatsApp/2.23.20.0 A",
    "WhatsApp/2.24.6.77 i",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "TelegramBot (like TwitterBot)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15 (Applebot/0.1)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Snap URL Preview Service; bot; snapchat; https://developers.snap.com/robots",
    "Viber/12.8.0.1 CFNetwork/1410.0.3 Darwin/22.6.0",
  ]
  // About 3% previewers: 30 agents of 1,000 (each previewer in two versions).
  for (let i = 0; i < 30; i++) push(crawlers[i % crawlers.length].replace(/(\d+)\.(\d+)/, (m, a, b) => `${a}.${Number(b) + Math.floor(i / crawlers.length)}`))
  const iosVersions = ["16_6", "17_0", "17_1", "17_2", "17_4", "17_5", "18_0", "18_1"]
  const androidModels = ["SM-G991B", "SM-S911B", "Pixel 7", "Pixel 8 Pro", "M2101K6G", "CPH2341", "SM-A546B", "moto g(60)"]
  for (let i = 0; out.size < count; i++) {
    const ios = iosVersions[i % iosVersions.length]
    const model = androidModels[i % androidModels.length]
    const chrome = 110 + (i % 21)
    const build = `${chrome}.0.${5000 + (i % 700)}.${(i * 7) % 200}`
    switch (i % 12) {
      case 0:
        push(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${build} Safari/537.36`)
        break
      case 1:
        push(`Mozilla/5.0 (Linux; Android ${10 + (i % 5)}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${build} Mobile Safari/537.36`)
        break
      case 2:
        push(`Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.split("_")[0]}.${i % 6} Mobile/15E148 Safari/604.1`)
        break
      case 3:
        push(`Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_${i % 8}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${i % 5} Safari/605.1.15`)
        break
      case 4:
        push(`Mozilla/5.0 (X11; Linux x86_64; rv:${115 + (i % 15)}.0) Gecko/20100101 Firefox/${115 + (i % 15)}.0`)
        break
      case 5:
        push(`Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/${440 + (i % 30)}.0.0.${i % 50};FBBV/${500000000 + i};FBDV/iPhone14,${i % 8};FBMD/iPhone;FBSN/iOS;FBSV/${ios.replace("_", ".")};FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/5]`)
        break
      case 6:
        push(`Mozilla/5.0 (Linux; Android ${11 + (i % 4)}; ${model} Build/TP1A.${220000 + i}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${build} Mobile Safari/537.36 Instagram ${300 + (i % 40)}.0.0.${i % 30}.${100 + (i % 20)} Android (33/13; 420dpi; 1080x2400; samsung; ${model}; en_US; ${500000000 + i})`)
        break
      case 7:
        push(`Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [Pinterest/iOS]`)
        break
      case 8:
        push(`Mozilla/5.0 (Linux; Android ${12 + (i % 3)}; ${model} Build/SP1A.${210000 + i}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${build} Mobile Safari/537.36 trill_${320000 + i} JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/32.${i % 9}.4 ByteLocale/en`)
        break
      case 9:
        push(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${build} Safari/537.36 Edg/${chrome}.0.${2000 + (i % 400)}.${i % 90}`)
        break
      case 10:
        push(`Mozilla/5.0 (Linux; Android ${12 + (i % 3)}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${20 + (i % 6)}.0 Chrome/${build} Mobile Safari/537.36`)
        break
      default:
        push(`Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.${i % 30}.${i % 400}`)
    }
  }
  return [...out]
}

module.exports = { userAgents }
