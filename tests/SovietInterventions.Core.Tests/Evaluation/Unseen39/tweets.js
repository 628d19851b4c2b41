window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [
          {
            "name" : "Tomasz K.",
            "screen_name" : "tomasz_k_hist",
            "indices" : [ "0", "14" ],
            "id_str" : "99120331",
            "id" : "99120331"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "196" ],
      "favorite_count" : "409",
      "id_str" : "788000000192935080",
      "truncated" : false,
      "retweet_count" : "241",
      "created_at" : "Thu Mar 03 11:47:19 +0000 2022",
      "favorited" : false,
      "full_text" : "@tomasz_k_hist No - this account stops at 1991. What is happening now is Russia's war, and I'm not going to put it on a 'Soviet interventions' list, however tempting the comparisons with 1968 are.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tomasz_k_hist",
      "in_reply_to_user_id_str" : "99120331"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "253" ],
      "favorite_count" : "244",
      "id_str" : "788000000183794622",
      "truncated" : false,
      "retweet_count" : "50",
      "created_at" : "Fri Dec 27 09:41:02 +0000 2019",
      "favorited" : false,
      "full_text" : "5/ Gorbachev decided to get out in 1986-87; Najibullah replaced Karmal in May 1986. Geneva Accords 14 Apr 1988 (a treaty, not an act), withdrawal from 15 May 1988 to 15 Feb 1989. ~15,000 Soviet dead. Najibullah fell in 1992 - after the USSR itself. /end",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000174568950",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "230" ],
      "favorite_count" : "307",
      "id_str" : "788000000174568950",
      "truncated" : false,
      "retweet_count" : "147",
      "created_at" : "Fri Dec 27 09:33:20 +0000 2019",
      "favorited" : false,
      "full_text" : "4/ Babrak Karmal, flown in from exile, was announced as leader over Radio Kabul. Marshal Sergei Sokolov ran the operation. Within weeks the 40th Army was fighting the mujahideen; it stayed nine years, at the peak over 100,000 men.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000165460404",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "248" ],
      "favorite_count" : "75",
      "id_str" : "788000000165460404",
      "truncated" : false,
      "retweet_count" : "88",
      "created_at" : "Fri Dec 27 09:25:51 +0000 2019",
      "favorited" : false,
      "full_text" : "3/ NB the April 1978 'Saur revolution' that brought the PDPA to power was an Afghan coup, not a Soviet one, and the Dec 1978 friendship treaty is a treaty. Moscow turned down Taraki's pleas for troops in March 1979 (Herat). Intervention = Dec 1979.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000156223162",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "227" ],
      "favorite_count" : "546",
      "id_str" : "788000000156223162",
      "truncated" : false,
      "retweet_count" : "221",
      "created_at" : "Fri Dec 27 09:18:12 +0000 2019",
      "favorited" : false,
      "full_text" : "2/ The decision was taken on 12 Dec by a tiny group - Brezhnev, Andropov, Defence Minister Dmitry Ustinov, Gromyko. From 25 Dec transports flew the 103rd Airborne into Kabul &amp; Bagram and the 40th Army crossed the Amu Darya.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000147000849",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "167" ],
      "favorite_count" : "493",
      "id_str" : "788000000147000849",
      "truncated" : false,
      "retweet_count" : "69",
      "created_at" : "Fri Dec 27 09:12:40 +0000 2019",
      "favorited" : false,
      "full_text" : "40 years ago tonight KGB and army special forces stormed the Tajbeg palace in Kabul (Storm-333) and killed Hafizullah Amin. The Soviet war in Afghanistan had begun. 1/",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Afghanistan",
              "indices" : [ "221", "233" ]
          }
        ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "233" ],
      "favorite_count" : "399",
      "id_str" : "788000000137833334",
      "truncated" : false,
      "retweet_count" : "179",
      "created_at" : "Fri Feb 15 08:00:05 +0000 2019",
      "favorited" : false,
      "full_text" : "30 years ago today Gen. Boris Gromov walked across the Friendship Bridge at Termez, the last Soviet soldier out of Afghanistan (or so the picture said). The war itself began in Dec 1979 - thread in December for the 40th. #Afghanistan",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "264" ],
      "favorite_count" : "823",
      "id_str" : "788000000119481976",
      "truncated" : false,
      "retweet_count" : "160",
      "created_at" : "Tue Aug 21 06:10:58 +0000 2018",
      "favorited" : false,
      "full_text" : "5/ Instead Svoboda flew to Moscow on 23 Aug and insisted the others join the talks. On 26 Aug all but Kriegel signed the Moscow Protocol. It legalised the occupation; Dubček was let back home but the reform was dead. 'Normalisation' under Husák came in April 1969.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000110336669",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "267" ],
      "favorite_count" : "636",
      "id_str" : "788000000110336669",
      "truncated" : false,
      "retweet_count" : "195",
      "created_at" : "Tue Aug 21 06:02:11 +0000 2018",
      "favorited" : false,
      "full_text" : "4/ The 'letter of invitation' signed by hard-liners (Bil'ak, Indra and others) was handed to Brezhnev at Bratislava on 3 Aug. Nobody would put his name to it in public, and no 'revolutionary government' could be formed. President Ludvík Svoboda refused to play along.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000101094023",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "209" ],
      "favorite_count" : "637",
      "id_str" : "788000000101094023",
      "truncated" : false,
      "retweet_count" : "246",
      "created_at" : "Mon Aug 20 21:15:05 +0000 2018",
      "favorited" : false,
      "full_text" : "3/ Soviet airborne troops landed at Ruzyně and took central Prague before dawn. Alexander Dubček, PM Oldřich Černík, Josef Smrkovský and František Kriegel were seized in the party HQ and flown off to the USSR.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000091957957",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "276" ],
      "favorite_count" : "670",
      "id_str" : "788000000091957957",
      "truncated" : false,
      "retweet_count" : "96",
      "created_at" : "Mon Aug 20 21:08:30 +0000 2018",
      "favorited" : false,
      "full_text" : "2/ Command: Gen. Ivan Pavlovsky, C-in-C of Soviet ground forces. Soviet units did nearly all of it; Polish, Hungarian and Bulgarian divisions came too. East German troops were kept at the border at the last minute - memories of 1938 were too obvious. Romania refused outright.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000082686677",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PragueSpring",
              "indices" : [ "136", "149" ]
          },
          {
            "text" : "1968",
              "indices" : [ "150", "155" ]
          }
        ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "155" ],
      "favorite_count" : "3",
      "id_str" : "788000000082686677",
      "truncated" : false,
      "retweet_count" : "23",
      "created_at" : "Mon Aug 20 21:01:44 +0000 2018",
      "favorited" : false,
      "full_text" : "50 years ago tonight, at about 11 p.m. Prague time, Warsaw Pact troops began crossing into Czechoslovakia. Operation Danube. Thread. 1/ #PragueSpring #1968",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "229" ],
      "favorite_count" : "266",
      "id_str" : "788000000064406845",
      "truncated" : false,
      "retweet_count" : "295",
      "created_at" : "Fri Nov 04 05:36:13 +0000 2016",
      "favorited" : false,
      "full_text" : "8/ Not part of this story, though it's constantly mashed into it: Suez (Israel, Britain &amp; France v Egypt, from 29 Oct). And Nagy's execution in June 1958 came after a secret trial - the consequence, not the intervention. /end",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000055175838",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "246" ],
      "favorite_count" : "474",
      "id_str" : "788000000055175838",
      "truncated" : false,
      "retweet_count" : "220",
      "created_at" : "Fri Nov 04 05:30:47 +0000 2016",
      "favorited" : false,
      "full_text" : "7/ Ambassador Yuri Andropov had reassured Nagy to the last. Armed resistance in Csepel and Dunapentele ended around 10-11 Nov; the workers' councils held out into the winter. Some 2,500 Hungarians and ~700 Soviet soldiers died; 200,000 fled west.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000045965561",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "254" ],
      "favorite_count" : "736",
      "id_str" : "788000000045965561",
      "truncated" : false,
      "retweet_count" : "34",
      "created_at" : "Fri Nov 04 05:22:09 +0000 2016",
      "favorited" : false,
      "full_text" : "6/ The night before, the defence minister Pál Maléter had gone to Tököl to 'negotiate' the withdrawal and was arrested there by KGB chairman Ivan Serov. Kádár, spirited to Moscow days earlier, was installed by the Soviets at the head of a new government.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000036774890",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Hungary1956",
              "indices" : [ "-1", "11" ]
          }
        ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "264" ],
      "favorite_count" : "309",
      "id_str" : "788000000036774890",
      "truncated" : false,
      "retweet_count" : "136",
      "created_at" : "Fri Nov 04 05:15:31 +0000 2016",
      "favorited" : false,
      "full_text" : "5/ (picking the thread up on the anniversary) At 4 a.m. on 4 Nov 1956 Operation Whirlwind began: Marshal Ivan Konev's forces - a dozen+ divisions - attacked Budapest and every town with a garrison. Nagy spoke on the radio, then took refuge in the Yugoslav embassy.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000027565392",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "225" ],
      "favorite_count" : "528",
      "id_str" : "788000000027565392",
      "truncated" : false,
      "retweet_count" : "297",
      "created_at" : "Sun Oct 23 07:19:55 +0000 2016",
      "favorited" : false,
      "full_text" : "4/ On 28 Oct a ceasefire; on 30 Oct Soviet troops began leaving Budapest and the Kremlin even published a declaration promising to respect the equality of socialist states. For about four days it looked as if Hungary had won.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000018425176",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "244" ],
      "favorite_count" : "891",
      "id_str" : "788000000018425176",
      "truncated" : false,
      "retweet_count" : "200",
      "created_at" : "Sun Oct 23 07:11:02 +0000 2016",
      "favorited" : false,
      "full_text" : "3/ Moscow sent Mikoyan and Suslov. On 25 Oct a crowd at Kossuth Square was fired on - Soviet tanks and ÁVH both blamed, dozens killed. Ernő Gerő was replaced by János Kádár as party leader. The tanks could not clear the Corvin Passage fighters.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000009221365",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "278" ],
      "favorite_count" : "435",
      "id_str" : "788000000009221365",
      "truncated" : false,
      "retweet_count" : "49",
      "created_at" : "Sun Oct 23 07:04:40 +0000 2016",
      "favorited" : false,
      "full_text" : "2/ The first intervention came within hours. Early on 24 Oct Soviet tanks of the Special Corps (Gen. Pyotr Lashchenko) rolled into Budapest at the request of the party leadership. Imre Nagy was made premier the same night &amp; found himself in office with Soviet tanks outside.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "788000000000027505",
      "in_reply_to_user_id" : "1203348876",
      "in_reply_to_user_id_str" : "1203348876",
      "in_reply_to_screen_name" : "ColdWarOnThisDay"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Hungary1956",
              "indices" : [ "258", "270" ]
          }
        ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "270" ],
      "favorite_count" : "437",
      "id_str" : "788000000000027505",
      "truncated" : false,
      "retweet_count" : "178",
      "created_at" : "Sun Oct 23 06:58:12 +0000 2016",
      "favorited" : false,
      "full_text" : "60 years ago today students marched in Budapest to the statue of Bem, then to Parliament and the radio building. By night the Stalin statue was down and shots were fired at the radio. A thread on the Hungarian revolution and the two Soviet interventions. 1/ #Hungary1956",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "258" ],
      "favorite_count" : "331",
      "id_str" : "788000000073572399",
      "truncated" : false,
      "retweet_count" : "289",
      "created_at" : "Sat Oct 22 19:40:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Programming note: tomorrow a thread on Hungary. Someone asked about Poland in Oct 1956 - Soviet columns did move on Warsaw &amp; Khrushchev flew in uninvited on the 19th, but they stopped &amp; Gomułka stayed. A threat, not an intervention. I won't count it.",
      "lang" : "en"
    }
  }
]
