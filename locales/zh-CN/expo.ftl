## Expo

expo-title = 虚拟展会
