/**
 * Platforms, ecosystems, apps and connectors a product can claim to work with. Each line is
 * "name|other name|…": the names on one line back each other ("Google Home" and "Google
 * Assistant" are one ecosystem). Matched with case: "Slack" the app, never "slack" the word.
 */
export const platformLines: readonly string[] = [
  // Voice assistants and smart home
  "Alexa|Amazon Alexa|Echo|Amazon Echo|Echo Dot|Echo Show|Echo Studio", "Google Assistant|Hey Google|Google Home|Google Nest|Nest Mini|Nest Hub|Nest Audio|Nest Thermostat",
  "Siri", "Apple HomeKit|HomeKit|Apple Home", "SmartThings|Samsung SmartThings", "IFTTT", "Zigbee", "Z-Wave", "Matter", "Thread", "Home Assistant", "Philips Hue|Hue Bridge",
  "Sonos", "Ring", "Bixby", "Cortana",
  // Devices and operating systems
  "iOS|iPhone|iPhones|iPadOS|iPad|iPads", "Android", "macOS|Mac|Macs|MacBook|MacBook Air|MacBook Pro|iMac|OS X", "Windows|Windows 10|Windows 11|Microsoft Windows",
  "Linux|Ubuntu", "ChromeOS|Chrome OS|Chromebook|Chromebooks", "Apple Watch", "Wear OS", "Samsung Galaxy|Galaxy", "Google Pixel|Pixel", "Apple TV", "Android TV",
  "Google TV", "Roku", "Fire TV|Fire Stick|Firestick", "Chromecast", "AirPlay|AirPlay 2", "Spotify Connect", "PlayStation|PlayStation 5|PS5|PS4|PlayStation 4",
  "Xbox|Xbox Series X|Xbox One", "Nintendo Switch|Switch OLED", "Steam Deck", "Meta Quest|Oculus", "Garmin|Garmin Connect", "Fitbit", "Apple Health|HealthKit",
  "Google Fit", "Strava", "Zwift", "Peloton", "TrainingPeaks", "Komoot", "MyFitnessPal", "Nespresso|Nespresso Original|Nespresso Vertuo", "Keurig|K-Cup|K-Cups",
  "Dolce Gusto", "Tassimo", "SodaStream", "Instant Pot", "KitchenAid", "Dyson", "Vitamix", "Thermomix", "Weber", "Traeger",
  // Connectors and wireless standards
  "MagSafe", "Lightning", "Thunderbolt|Thunderbolt 3|Thunderbolt 4", "USB-C|USB Type-C|Type-C", "USB-A", "micro-USB|Micro USB", "HDMI|HDMI 2.1|HDMI ARC",
  "eARC|HDMI eARC", "DisplayPort", "Qi|Qi2", "Bluetooth", "Wi-Fi|WiFi|Wi-Fi 6|Wi-Fi 6E|Wi-Fi 7", "NFC", "ANT+", "Ethernet", "PoE", "Apple Pay", "Google Pay",
  "Google Wallet", "Samsung Pay",
  // Web browsers: a browser extension or web app names the ones it runs in
  "Google Chrome", "Safari", "Firefox|Mozilla Firefox", "Microsoft Edge", "Opera", "Brave", "Vivaldi",
  // Power tool battery systems
  "ONE+|Ryobi ONE+", "LXT|Makita LXT", "M18|Milwaukee M18", "M12|Milwaukee M12", "20V MAX|DeWalt 20V MAX|DEWALT 20V MAX", "FlexVolt|FLEXVOLT", "Bosch 18V|Power for ALL",
  "Einhell Power X-Change|Power X-Change", "Greenworks 40V", "EGO POWER+|EGO 56V",
  // Software, SaaS and commerce
  "Slack", "Microsoft Teams|MS Teams|Teams", "Zoom", "Google Meet", "Webex", "Salesforce", "HubSpot", "Pipedrive", "Zoho", "Zendesk", "Intercom", "Freshdesk",
  "Shopify", "WooCommerce", "BigCommerce", "Magento|Adobe Commerce", "Squarespace", "Wix", "WordPress", "Amazon|Amazon Seller Central", "eBay", "Etsy",
  "Stripe", "PayPal", "Square", "Klarna", "QuickBooks|QuickBooks Online", "Xero", "Sage", "FreshBooks", "NetSuite|Oracle NetSuite", "SAP", "Oracle", "Workday",
  "BambooHR", "Gusto", "ADP", "Google Workspace|G Suite", "Gmail", "Google Drive", "Google Sheets", "Google Calendar", "Microsoft 365|Office 365", "Outlook",
  "Excel", "OneDrive", "SharePoint", "Dropbox", "Box.com", "Notion", "Confluence", "Jira", "Asana", "Trello", "monday.com", "ClickUp", "Airtable", "Figma",
  "Canva", "Adobe Creative Cloud", "Photoshop", "Zapier", "Make.com", "Okta", "Azure AD|Azure Active Directory|Microsoft Entra ID|Entra ID", "Auth0", "OneLogin",
  "Active Directory", "AWS|Amazon Web Services", "Microsoft Azure|Azure", "Google Cloud|GCP", "Kubernetes", "Docker", "Snowflake", "BigQuery", "Redshift",
  "Databricks", "Postgres|PostgreSQL", "MySQL", "MongoDB", "Tableau", "Power BI", "Looker", "Segment", "Mixpanel", "Google Analytics", "GitHub", "GitLab",
  "Bitbucket", "Jenkins", "CircleCI", "Datadog", "PagerDuty", "Twilio", "Mailchimp", "Klaviyo", "Marketo", "Calendly", "DocuSign", "Typeform",
  // Team chat and messaging apps a tool posts to
  "Google Chat|Hangouts Chat", "Mattermost", "Rocket.Chat", "Zulip", "Workplace from Meta", "Webex Teams", "Chanty", "Pumble",
];

/** Social networks: a platform only where the copy posts, schedules or syncs to them ("schedule posts to TikTok"), not "share it on Instagram". */
export const socialPlatformLines: readonly string[] = [
  "Instagram", "Facebook", "LinkedIn", "TikTok", "Pinterest", "YouTube", "Twitter|X (Twitter)", "Snapchat", "WhatsApp", "Telegram", "Discord", "Reddit",
  "Twitch", "Threads", "Bluesky", "Mastodon", "Facebook Messenger|Messenger", "WeChat", "Viber", "iMessage",
];

/** Messaging apps: also a platform where the copy lists them among a product's channels ("email, SMS and WhatsApp", "alerts on Telegram"). */
export const messagingApps: ReadonlySet<string> = new Set(["WhatsApp", "Telegram", "Facebook Messenger", "WeChat", "Viber", "iMessage", "Discord"]);

/** Programming languages an SDK or client library is written for: a product's SDKs are named only with such a word ("a Go SDK", "Python and Node SDKs"). */
export const sdkLanguageLines: readonly string[] = [
  "Python", "Node|Node.js|NodeJS", "JavaScript|JS", "TypeScript", "Go|Golang", "Java", "Kotlin", "Swift", "Objective-C", "Ruby", "PHP", "C#|.NET|dotnet",
  "C++", "Rust", "Dart|Flutter", "Elixir", "Scala", "Perl", "Unity", "React Native",
];
