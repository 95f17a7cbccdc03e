## Expo

expo-title = المعرض الافتراضي
